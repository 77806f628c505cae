import "server-only";
import { APIError } from "better-auth/api";
import { isGuessablePassword } from "@/lib/auth/password-strength";
import { createStaffAccount } from "@/lib/staff/staff-accounts";
import type { ActionResult } from "@/lib/auth/action-state";
import { db } from "@/lib/db";
import { parseStoredRoles, storedRoles } from "./roles";
import type { RoleChange, StaffAccountInput, StaffActivation } from "@/lib/validation/staff-account";

/** Everyone with a workspace account, active first. */
export async function listStaff() {
  const users = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, banned: true, twoFactorEnabled: true, passwordChangeRequired: true, createdAt: true },
    orderBy: [{ name: "asc" }],
  });
  return users
    .map(({ role, ...user }) => ({ ...user, roles: parseStoredRoles(role), active: !user.banned, twoFactorEnabled: Boolean(user.twoFactorEnabled) }))
    .sort((a, b) => Number(b.active) - Number(a.active));
}

type AddStaffOutcome = "done" | { result: "invalid"; fields: Record<string, string> };

export async function addStaffMember(_actorId: string, input: StaffAccountInput): Promise<AddStaffOutcome> {
  if (await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true } })) {
    return { result: "invalid", fields: { email: "emailTaken" } };
  }
  if (isGuessablePassword(input.password, input)) return { result: "invalid", fields: { password: "passwordTooGuessable" } };
  try {
    const user = await createStaffAccount(input);
    // The admin who typed the first password knows it: the account chooses its own before it can work.
    await db.user.update({ where: { id: user.id }, data: { passwordChangeRequired: true } });
    return "done";
  } catch (error) {
    // Another admin created the same address between the check and here.
    if (error instanceof APIError) return { result: "invalid", fields: { email: "emailTaken" } };
    throw error;
  }
}

/**
 * An admin cannot remove their own admin role or deactivate themselves, so the workspace always keeps the admin who
 * is acting: no change made here can leave it without one.
 */
export async function changeStaffRoles(actorId: string, change: RoleChange): Promise<ActionResult> {
  if (change.userId === actorId && !change.roles.includes("admin")) return "conflict";
  const { count } = await db.user.updateMany({ where: { id: change.userId }, data: { role: storedRoles(change.roles) } });
  return count === 1 ? "done" : "notFound";
}

/** Deactivation also ends every session at once, so the account is locked out now, not when its cookie expires. */
export async function setStaffActive(actorId: string, change: StaffActivation): Promise<ActionResult> {
  if (change.userId === actorId) return "conflict";
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: change.userId },
      data: { banned: !change.active, banReason: change.active ? null : "deactivated by an admin" },
    });
    if (count === 0) return "notFound";
    if (!change.active) await tx.session.deleteMany({ where: { userId: change.userId } });
    return "done";
  });
}
