import * as z from "./zod";
import { recordId } from "./record-id";
import { requiredLine } from "./text";
import { staffRoles } from "@/lib/staff/roles";

/**
 * Passwords: long rather than complex (OWASP, NIST 800-63B): at least 12 characters, up to 128, no composition rules.
 * Messages are keys of the "Admin.errors" namespace.
 */
export const passwordSchema = z.string({ error: "required" }).check(
  z.minLength(12, "passwordTooShort"),
  z.maxLength(128, "passwordTooLong"),
  z.refine((password) => new Set(password).size >= 4, "passwordTooSimple"),
);

/** At least one role; the form sends them as the checkbox list "roles[]" (lib/auth/action-client.ts). */
const rolesSchema = z.array(z.enum(staffRoles), { error: "rolesRequired" }).check(z.minLength(1, "rolesRequired"));

export const staffAccountSchema = z.strictObject({
  email: z.pipe(z.email("invalidEmail").check(z.maxLength(254, "invalidEmail")), z.transform((email: string) => email.toLowerCase())),
  name: requiredLine(100),
  roles: rolesSchema,
  password: passwordSchema,
});
export type StaffAccountInput = z.input<typeof staffAccountSchema>;

export const signInSchema = z.strictObject({
  email: z.email("invalidEmail").check(z.maxLength(254, "invalidEmail")),
  password: z.string().check(z.minLength(1, "required"), z.maxLength(128, "invalidCredentials")),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().check(z.minLength(1, "required"), z.maxLength(128, "invalidCredentials")),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .check(z.refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "passwordsDiffer" }));
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const roleChangeSchema = z.strictObject({ userId: recordId, roles: rolesSchema });
export type RoleChange = z.infer<typeof roleChangeSchema>;

/** Deactivating keeps the account (and its name in every lead's history) but ends its sessions and sign-ins. */
export const staffActivationSchema = z.strictObject({ userId: recordId, active: z.pipe(z.enum(["true", "false"]), z.transform((value) => value === "true")) });
export type StaffActivation = z.infer<typeof staffActivationSchema>;

/** Six digits from an authenticator app; spaces people type from the app's "123 456" are ignored. */
export const twoFactorCodeSchema = z.strictObject({
  code: z.string().check(
    z.overwrite((code) => code.replace(/\s/g, "")),
    z.regex(/^\d{6}$/, "invalidCode"),
  ),
});
export type TwoFactorCodeInput = z.input<typeof twoFactorCodeSchema>;

/** Where to go after signing in: the page that sent the visitor (checked again by adminReturnPath) and its locale. */
const afterSignIn = { next: z.nullable(z.string().check(z.maxLength(2048))), locale: z.string().check(z.maxLength(10)) };
export const signInRequestSchema = z.extend(signInSchema, afterSignIn);
export const signInCodeRequestSchema = z.extend(twoFactorCodeSchema, afterSignIn);
export const signOutSchema = z.strictObject({ locale: z.string().check(z.maxLength(10)) });

/** The account's current password, asked again before two-factor sign-in is turned on or off. */
export const passwordConfirmationSchema = z.strictObject({ password: z.string().check(z.minLength(1), z.maxLength(128)) });
