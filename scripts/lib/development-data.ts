import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { StaffRole } from "../../lib/staff/roles";
import { dataDir } from "./development-database";

const demoAccounts = [
  { email: "admin@careport.localhost", name: "Demo Admin", roles: ["coordinator", "editor", "admin"] },
  { email: "coordinator@careport.localhost", name: "Demo Coordinator", roles: ["coordinator"] },
  { email: "editor@careport.localhost", name: "Demo Editor", roles: ["editor"] },
] satisfies { email: string; name: string; roles: StaffRole[] }[];

/** Who runs the demo site: fictional and labelled as a sample (fictional-use numbers, a reserved domain). */
const sampleOperator = {
  name: "Careport (sample operator)",
  legalEntity: "Careport Sample Services GmbH — fictional, for the demo",
  address: "Beispielstraße 1, 10115 Berlin, Germany (sample address)",
  email: "contact@careport.example",
  phone: "+442079460958",
  whatsApp: "+61491570006",
};

/**
 * What `npm run dev` adds to its own embedded database so a new developer sees the whole flow: a coordinator address
 * (so a test request produces both emails in .data/mail), a sample operator (so the footer, the thank-you page and
 * the patient's email show contact details; production shows none until an admin sets them; cleared, it comes back
 * at the next start), and a demo admin (every role), coordinator and editor whose passwords are generated once into
 * .data/demo-accounts.json and printed at every start. Never run against production.
 */
export async function seedDevelopmentData() {
  const { db } = await import("../../lib/db");
  const { updateSetting } = await import("../../lib/settings/settings");
  const { createStaffAccount } = await import("../../lib/staff/staff-accounts");
  const file = path.join(dataDir, "demo-accounts.json");
  try {
    if (!(await db.setting.findUnique({ where: { key: "coordinatorEmails" } }))) {
      await updateSetting("coordinatorEmails", ["coordinators@careport.localhost"]);
    }
    if (!(await db.setting.findUnique({ where: { key: "operator" } }))) await updateSetting("operator", sampleOperator);
    const passwords: Record<string, string> = existsSync(file) ? JSON.parse(await readFile(file, "utf8")) : {};
    for (const account of demoAccounts) {
      if (await db.user.findUnique({ where: { email: account.email } })) continue;
      passwords[account.email] = randomBytes(12).toString("base64url");
      await createStaffAccount({ ...account, password: passwords[account.email]! });
    }
    await writeFile(file, JSON.stringify(passwords, null, 2), { mode: 0o600 });
    return demoAccounts.map(({ email, roles }) => ({ email, roles: roles.join(","), password: passwords[email] ?? "(see .data/demo-accounts.json)" }));
  } finally {
    await db.$disconnect();
  }
}
