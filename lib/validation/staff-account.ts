import * as z from "./zod";
import { recordId } from "./record-id";
import { requiredLine } from "./text";
import { staffRoles } from "@/lib/staff/roles";

/**
 * Passwords: long rather than complex (OWASP, NIST 800-63B): at least 12 characters, up to 128, no composition rules.
 * Messages are keys of the "Admin.errors" namespace.
 */
export const passwordSchema = z
  .string({ error: "required" })
  .min(12, "passwordTooShort")
  .max(128, "passwordTooLong")
  .refine((password) => new Set(password).size >= 4, "passwordTooSimple");

/** At least one role; the form sends them as the checkbox list "roles[]" (lib/auth/action-client.ts). */
const rolesSchema = z.array(z.enum(staffRoles), { error: "rolesRequired" }).check(z.minLength(1, "rolesRequired"));

export const staffAccountSchema = z.strictObject({
  email: z.email("invalidEmail").max(254, "invalidEmail").transform((email) => email.toLowerCase()),
  name: requiredLine(100),
  roles: rolesSchema,
  password: passwordSchema,
});
export type StaffAccountInput = z.input<typeof staffAccountSchema>;

export const signInSchema = z.strictObject({
  email: z.email("invalidEmail").max(254, "invalidEmail"),
  password: z.string().min(1, "required").max(128, "invalidCredentials"),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, "required").max(128, "invalidCredentials"),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "passwordsDiffer" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const roleChangeSchema = z.strictObject({ userId: recordId, roles: rolesSchema });
export type RoleChange = z.infer<typeof roleChangeSchema>;

/** Deactivating keeps the account (and its name in every lead's history) but ends its sessions and sign-ins. */
export const staffActivationSchema = z.strictObject({ userId: recordId, active: z.enum(["true", "false"]).transform((value) => value === "true") });
export type StaffActivation = z.infer<typeof staffActivationSchema>;

/** Six digits from an authenticator app; spaces people type from the app's "123 456" are ignored. */
export const twoFactorCodeSchema = z.strictObject({
  code: z
    .string()
    .transform((code) => code.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "invalidCode")),
});
export type TwoFactorCodeInput = z.input<typeof twoFactorCodeSchema>;

/** Where to go after signing in: the page that sent the visitor (checked again by adminReturnPath) and its locale. */
const afterSignIn = { next: z.string().max(2048).nullable(), locale: z.string().max(10) };
export const signInRequestSchema = signInSchema.extend(afterSignIn);
export const signInCodeRequestSchema = twoFactorCodeSchema.extend(afterSignIn);
export const signOutSchema = z.strictObject({ locale: z.string().max(10) });

/** The account's current password, asked again before two-factor sign-in is turned on or off. */
export const passwordConfirmationSchema = z.strictObject({ password: z.string().min(1).max(128) });
