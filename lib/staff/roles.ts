/**
 * What a staff account may do is the set of its roles; none implies another (an admin who is not also a coordinator
 * never sees a lead). Adding a role is adding it here (and its name under "Admin.users.roles" in messages/*.json).
 *
 * Stored the way better-auth's admin plugin stores several roles: a comma list in `User.role` ("coordinator,admin"),
 * which the plugin itself splits on "," when it checks permissions and `adminRoles`, so its own checks stay right.
 */
// coordinator: leads, their files and patients · editor: the catalog · admin: staff accounts and settings.
export const staffRoles = ["coordinator", "editor", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** What a page, action or route needs: one role, every role of a list, or just a signed-in account with a role. */
export type RoleRequirement = StaffRole | readonly StaffRole[] | "anyRole";

export function parseStoredRoles(stored: string | null | undefined): StaffRole[] {
  const listed = new Set((stored ?? "").split(","));
  return staffRoles.filter((role) => listed.has(role));
}

/** The roles in the order of `staffRoles`, each once. */
export function inRoleOrder(roles: readonly StaffRole[]): StaffRole[] {
  return staffRoles.filter((role) => roles.includes(role));
}

export function storedRoles(roles: readonly StaffRole[]): string {
  return inRoleOrder(roles).join(",");
}

export function hasRoles(roles: readonly StaffRole[], required: RoleRequirement): boolean {
  if (required === "anyRole") return roles.length > 0;
  return (typeof required === "string" ? [required] : required).every((role) => roles.includes(role));
}

/** Where the workspace opens for an account: the first page its roles allow. */
export function workspaceHome(roles: readonly StaffRole[]): "/admin/leads" | "/admin/users" | "/admin/catalog" | "/admin/account" {
  if (roles.includes("coordinator")) return "/admin/leads";
  if (roles.includes("admin")) return "/admin/users";
  if (roles.includes("editor")) return "/admin/catalog";
  return "/admin/account";
}
