"use server";

import { staffAction } from "@/lib/auth/action-client";
import { roleChangeSchema, staffAccountSchema, staffActivationSchema } from "@/lib/validation/staff-account";
import { addStaffMember, changeStaffRole, setStaffActive } from "./staff-management";

const usersPage = { path: "/[locale]/admin/users" };

export const addStaff = staffAction({
  name: "addStaff",
  role: "admin",
  schema: staffAccountSchema,
  work: (input, { staff }) => addStaffMember(staff.user.id, input),
  revalidate: usersPage,
});

export const changeRole = staffAction({
  name: "changeRole",
  role: "admin",
  schema: roleChangeSchema,
  work: (input, { staff }) => changeStaffRole(staff.user.id, input),
  revalidate: usersPage,
});

export const setActive = staffAction({
  name: "setActive",
  role: "admin",
  schema: staffActivationSchema,
  work: (input, { staff }) => setStaffActive(staff.user.id, input),
  revalidate: usersPage,
});
