import "server-only";
import { staffAccountSchema, type StaffAccountInput } from "@/lib/validation/staff-account";
import { auth } from "@/lib/auth/auth";
import { inRoleOrder } from "./roles";

/** Creates a staff account with its roles and a password (the admin CLI, the dev seed, the users page, test factories). */
// The plugin checks each role against its configuration (lib/auth/auth.ts) and stores them as a comma list.
export async function createStaffAccount(input: StaffAccountInput) {
  const account = staffAccountSchema.parse(input);
  const { user } = await auth.api.createUser({
    body: { email: account.email, name: account.name, password: account.password, role: inRoleOrder(account.roles) },
  });
  return user;
}
