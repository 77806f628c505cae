import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { parseStoredRoles, type StaffRole } from "@/lib/staff/roles";
import { ACTIVITY_WRITE_INTERVAL_MS, judgeSession } from "./session-policy";

export interface StaffSession {
  sessionId: string;
  user: { id: string; name: string; email: string; roles: StaffRole[]; twoFactorEnabled: boolean; passwordChangeRequired: boolean };
}

/**
 * The signed-in staff member, or null. A session idle for too long or past its absolute lifetime is deleted here,
 * so it cannot be used again; activity is recorded at most once a minute.
 */
export async function getStaffSession(requestHeaders?: Headers): Promise<StaffSession | null> {
  const found = await auth.api.getSession({ headers: requestHeaders ?? (await headers()) });
  if (!found || found.user.banned) return null;
  const { session, user } = found;
  const lastActiveAt = session.lastActiveAt ?? session.createdAt;
  if (judgeSession({ createdAt: session.createdAt, lastActiveAt }) !== "active") {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (Date.now() - lastActiveAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastActiveAt: new Date() } });
  }
  // Read on every request, so a change of roles applies to the account's next request.
  const roles = parseStoredRoles(user.role);
  const twoFactorEnabled = Boolean((user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled);
  const passwordChangeRequired = Boolean(user.passwordChangeRequired);
  return { sessionId: session.id, user: { id: user.id, name: user.name, email: user.email, roles, twoFactorEnabled, passwordChangeRequired } };
}
