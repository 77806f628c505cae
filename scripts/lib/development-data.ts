/**
 * What `npm run dev` adds to its own database so a new developer sees the whole flow: a coordinator address, so a test
 * request produces both emails in the local capture (.data/mail). Never used against production.
 */
export async function seedDevelopmentData() {
  const { db } = await import("../../lib/db");
  const { updateSetting } = await import("../../lib/settings/settings");
  try {
    if (!(await db.setting.findUnique({ where: { key: "coordinatorEmails" } }))) {
      await updateSetting("coordinatorEmails", ["coordinators@careport.localhost"]);
    }
  } finally {
    await db.$disconnect();
  }
}
