import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (Next.js fills the header
 * from the socket when no proxy set it). Only its keyed hash is ever stored.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
}

export function hashIp(ip: string): string {
  return createHmac("sha256", env.HASH_SECRET).update(`ip:${ip}`).digest("hex");
}

/** A keyed hash of an email address typed at sign-in: lets the security log trace attempts without storing it. */
export function hashEmail(email: string): string {
  return createHmac("sha256", env.HASH_SECRET).update(`email:${email.trim().toLowerCase()}`).digest("hex");
}
