import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The time trap: the form carries the moment it was rendered, signed so a bot cannot backdate it.
const sign = (payload: string) => createHmac("sha256", env.SESSION_SECRET).update(`form:${payload}`).digest("base64url");

export function createFormToken(now = new Date()): string {
  const payload = String(now.getTime());
  return `${payload}.${sign(payload)}`;
}

/** When the form was rendered, or null if the token is missing, malformed or forged. */
export function readFormToken(token: string): Date | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature || !/^\d{10,16}$/.test(payload)) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return new Date(Number(payload));
}
