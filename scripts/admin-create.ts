import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

/**
 * `npm run admin:create -- --email you@example.org [--name "Your Name"] [--roles coordinator,editor]`: creates a
 * staff account with every role (coordinator, editor, admin) unless --roles lists fewer. The password is read from ADMIN_PASSWORD, or asked for without
 * echo. Uses DATABASE_URL and the other production variables, like the app.
 */
const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, roles: { type: "string", default: "coordinator,editor,admin" } },
});
if (!values.email) {
  console.error('Usage: npm run admin:create -- --email you@example.org [--name "Your Name"] [--roles coordinator,editor,admin]');
  process.exit(2);
}

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("Set ADMIN_PASSWORD or run in a terminal to type the password.");
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: write nothing back while the password is being entered.
  (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
  process.stdout.write("Password (at least 12 characters): ");
  const password = await prompt.question("");
  prompt.close();
  process.stdout.write("\n");
  return password;
}

const { createStaffAccount } = await import("../lib/staff/staff-accounts");
const { isGuessablePassword } = await import("../lib/auth/password-strength");
const { staffAccountSchema } = await import("../lib/validation/staff-account");
const { db } = await import("../lib/db");
const { default: english } = await import("../messages/en.json");
const explain = (key: string) => english.Admin.errors[key as keyof typeof english.Admin.errors] ?? key;
try {
  const input = { email: values.email, name: values.name ?? values.email.split("@")[0]!, roles: values.roles.split(","), password: await askPassword() };
  const parsed = staffAccountSchema.safeParse(input);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${explain(issue.message)}`).join("\n"));
    process.exitCode = 1;
  } else if (isGuessablePassword(parsed.data.password, parsed.data)) {
    console.error(`password: ${explain("passwordTooGuessable")}`);
    process.exitCode = 1;
  } else {
    const user = await createStaffAccount(parsed.data);
    console.log(`Created ${user.email} (${parsed.data.roles.join(", ")}).`);
  }
} catch (error) {
  console.error(`Could not create the account: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
