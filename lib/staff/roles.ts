export const staffRoles = ["coordinator", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Admins can do everything coordinators can, plus users and settings. */
export function hasRole(role: string | null | undefined, required: StaffRole): boolean {
  if (role === "admin") return true;
  return required === "coordinator" && role === "coordinator";
}
