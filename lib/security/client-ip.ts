import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { clientNetwork } from "./ip-address";

/**
 * The client's address. The production server (scripts/server.ts) replaces X-Forwarded-For with exactly one entry,
 * the address it derived from the socket and TRUSTED_PROXIES, so what a client sends never reaches this point.
 * (Under `next dev` and in tests the header is whatever the caller set.)
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? "unknown";
}

/**
 * A keyed hash of the client's network: its IPv4 address or its IPv6 /64 (lib/security/ip-address.ts). Per-address
 * rate limits count by it and it is the only form of an address ever stored, so an IPv6 client that rotates
 * addresses inside its /64 stays one client.
 */
export function hashIp(ip: string): string {
  return createHmac("sha256", env.HASH_SECRET).update(`ip:${clientNetwork(ip)}`).digest("hex");
}

/** A keyed hash of an email address typed at sign-in: lets the security log trace attempts without storing it. */
export function hashEmail(email: string): string {
  return createHmac("sha256", env.HASH_SECRET).update(`email:${email.trim().toLowerCase()}`).digest("hex");
}
