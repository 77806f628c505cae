import { randomBytes } from "node:crypto";

/**
 * What the browser tests need in their database: a coordinator address, so every lead notifies the test SMTP
 * server, and a coordinator account whose credentials reach the tests through the environment.
 */
export async function prepareEndToEndFixtures() {
  const { db } = await import("../../lib/db");
  const { updateSetting } = await import("../../lib/settings/settings");
  const { createStaffAccount } = await import("../../lib/auth/staff-accounts");
  try {
    await updateSetting("coordinatorEmails", ["coordinators@careport.test"]);
    const coordinator = { email: "e2e-coordinator@careport.test", password: randomBytes(18).toString("base64url") };
    await db.user.deleteMany({ where: { email: coordinator.email } });
    await createStaffAccount({ ...coordinator, name: "E2E Coordinator", role: "coordinator" });
    return { E2E_COORDINATOR_EMAIL: coordinator.email, E2E_COORDINATOR_PASSWORD: coordinator.password };
  } finally {
    await db.$disconnect();
  }
}
