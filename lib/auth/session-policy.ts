/** A session ends after this long without a request (automatic log-off), */
export const INACTIVITY_TIMEOUT_MS = 30 * 60 * 1000;
/** and in any case this long after sign-in. */
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Activity is written at most this often, so browsing does not write on every request. */
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

export type SessionVerdict = "active" | "idle" | "expired";

export function judgeSession(session: { createdAt: Date; lastActiveAt: Date }, now = Date.now()): SessionVerdict {
  if (now - session.createdAt.getTime() > ABSOLUTE_LIFETIME_MS) return "expired";
  if (now - session.lastActiveAt.getTime() > INACTIVITY_TIMEOUT_MS) return "idle";
  return "active";
}
