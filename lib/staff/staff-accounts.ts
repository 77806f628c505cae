import "server-only";
import { staffAccountSchema, type StaffAccountInput } from "@/lib/validation/staff-account";
import { auth } from "@/lib/auth/auth";

/** Creates a coordinator or admin with a password (the admin CLI, the dev seed, the users page, test factories). */
export async function createStaffAccount(input: StaffAccountInput) {
  const account = staffAccountSchema.parse(input);
  const { user } = await auth.api.createUser({
    body: { email: account.email, name: account.name, password: account.password, role: account.role },
  });
  return user;
}
