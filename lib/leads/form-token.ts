import "server-only";
import { env } from "@/lib/env";
import { signFormToken, verifyFormToken } from "@/lib/security/form-token";

export const createFormToken = (now = new Date()): string => signFormToken(env.SESSION_SECRET, now);

/** When the form was rendered, or null if the token is missing, malformed or forged. */
export const readFormToken = (token: string): Date | null => verifyFormToken(env.SESSION_SECRET, token);
