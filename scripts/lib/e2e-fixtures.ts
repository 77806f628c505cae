import { randomBytes } from "node:crypto";
import type { StaffRole } from "../../lib/staff/roles";

/**
 * What the browser tests need in their database: a coordinator address, so every lead notifies the test SMTP
 * server, and the staff accounts whose credentials reach the tests through the environment.
 */
export async function prepareEndToEndFixtures() {
  const { db } = await import("../../lib/db");
  const { updateSetting } = await import("../../lib/settings/settings");
  const { createStaffAccount } = await import("../../lib/staff/staff-accounts");
  try {
    await updateSetting("coordinatorEmails", ["coordinators@careport.test"]);
    const accounts: Record<string, { email: string; name: string; roles: StaffRole[] }> = {
      COORDINATOR: { email: "e2e-coordinator@careport.test", name: "E2E Coordinator", roles: ["coordinator"] },
      ADMIN: { email: "e2e-admin@careport.test", name: "E2E Admin", roles: ["coordinator", "editor", "admin"] },
      // One role each, for the tests that check what an account without the others may open.
      EDITOR: { email: "e2e-editor@careport.test", name: "E2E Editor", roles: ["editor"] },
      ADMIN_ONLY: { email: "e2e-admin-only@careport.test", name: "E2E Admin Only", roles: ["admin"] },
      // Turns two-factor sign-in on in its test, so the others keep signing in with a password alone.
      TWO_FACTOR: { email: "e2e-two-factor@careport.test", name: "E2E Two-Factor", roles: ["coordinator"] },
      // Changes its own password in its test.
      PASSWORD_CHANGE: { email: "e2e-password-change@careport.test", name: "E2E Password Change", roles: ["coordinator"] },
    };
    const environment: Record<string, string> = {};
    for (const [label, account] of Object.entries(accounts)) {
      const password = randomBytes(18).toString("base64url");
      await db.user.deleteMany({ where: { email: account.email } });
      await createStaffAccount({ ...account, password });
      Object.assign(environment, { [`E2E_${label}_EMAIL`]: account.email, [`E2E_${label}_PASSWORD`]: password });
    }
    return environment;
  } finally {
    await db.$disconnect();
  }
}
