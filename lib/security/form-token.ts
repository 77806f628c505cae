import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The time trap's token: the moment the form was rendered (ms since 1970), a dot, and its HMAC-SHA256 under the
 * secret, so a bot cannot backdate it. The server signs it with SESSION_SECRET (lib/leads/form-token.ts); tests and
 * benchmarks sign their own with the server's secret. The browser only carries it, in `meta.formToken`.
 */
const signature = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`form:${payload}`).digest("base64url");

export function signFormToken(secret: string, openedAt: Date): string {
  const payload = String(openedAt.getTime());
  return `${payload}.${signature(secret, payload)}`;
}

/** When the form was rendered, or null if the token is missing, malformed or forged. */
export function verifyFormToken(secret: string, token: string): Date | null {
  const [payload, given] = token.split(".");
  if (!payload || !given || !/^\d{10,16}$/.test(payload)) return null;
  const expected = Buffer.from(signature(secret, payload));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return null;
  return new Date(Number(payload));
}
