import { randomBytes } from "node:crypto";

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
    const accounts = {
      COORDINATOR: { email: "e2e-coordinator@careport.test", name: "E2E Coordinator", role: "coordinator" as const },
      ADMIN: { email: "e2e-admin@careport.test", name: "E2E Admin", role: "admin" as const },
      // Turns two-factor sign-in on in its test, so the others keep signing in with a password alone.
      TWO_FACTOR: { email: "e2e-two-factor@careport.test", name: "E2E Two-Factor", role: "coordinator" as const },
      // Changes its own password in its test.
      PASSWORD_CHANGE: { email: "e2e-password-change@careport.test", name: "E2E Password Change", role: "coordinator" as const },
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
