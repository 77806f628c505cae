"use server";

import { byActor, staffAction } from "@/lib/auth/action-client";
import { roleChangeSchema, staffAccountSchema, staffActivationSchema } from "@/lib/validation/staff-account";
import { addStaffMember, changeStaffRoles, setStaffActive } from "./staff-management";

const usersPage = { path: "/[locale]/admin/users" };
export const addStaff = staffAction({ name: "addStaff", role: "admin", schema: staffAccountSchema, work: byActor(addStaffMember), revalidate: usersPage });
export const changeRoles = staffAction({ name: "changeRoles", role: "admin", schema: roleChangeSchema, work: byActor(changeStaffRoles), revalidate: usersPage });
export const setActive = staffAction({ name: "setActive", role: "admin", schema: staffActivationSchema, work: byActor(setStaffActive), revalidate: usersPage });
