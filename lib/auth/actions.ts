"use server";

import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { resolveLocale } from "@/lib/i18n/locales";
import { getSettings } from "@/lib/settings/settings";
import {
  changePasswordSchema,
  passwordConfirmationSchema,
  signInCodeRequestSchema,
  signInRequestSchema,
  signOutSchema,
  twoFactorCodeSchema,
} from "@/lib/validation/staff-account";
import { publicAction, staffAction } from "./action-client";
import { changeStaffPassword } from "./change-password";
import { adminReturnPath } from "./return-path";
import { signInStaff, signOutStaff } from "./sign-in";
import { getStaffSession } from "./staff-session";
import { completeTwoFactorSignIn, startTwoFactorSetup, turnOffTwoFactor, verifyTwoFactorCode } from "./two-factor";

const accountPage = "/[locale]/admin/account";
/** Turning two-factor sign-in on or off asks for the password again; like every account-page action, allowed during setup. */
const withPasswordAgain = { duringSetup: true, schema: passwordConfirmationSchema, whenInvalid: () => "wrongPassword" as const };

export const signIn = publicAction({
  name: "signIn",
  schema: signInRequestSchema,
  whenInvalid: () => "validation" as const,
  work: async ({ next, locale, ...credentials }, { headers }) => {
    const attempt = await signInStaff(credentials, headers);
    if (attempt.outcome === "signedIn") redirect(adminReturnPath(next, resolveLocale(locale)));
    if (attempt.outcome === "rateLimited") return { result: "rateLimited" as const, retryAfterSeconds: attempt.retryAfterSeconds };
    return attempt.outcome === "twoFactorRequired" ? "codeRequired" : attempt.outcome;
  },
});

/** The second step for accounts with two-factor sign-in; the first step's short-lived cookie says who it is. */
export const verifySignInCode = publicAction({
  name: "verifySignInCode",
  schema: signInCodeRequestSchema,
  whenInvalid: () => "invalidCode" as const,
  work: async ({ code, next, locale }, { headers }) => {
    const { outcome } = await completeTwoFactorSignIn(code, headers);
    if (outcome === "verified") redirect(adminReturnPath(next, resolveLocale(locale)));
    return "invalidCode" as const;
  },
});

export const signOut = publicAction({
  name: "signOut",
  schema: signOutSchema,
  work: async ({ locale }, { headers }) => {
    const staff = await getStaffSession(headers);
    if (staff) await signOutStaff(headers, staff.user.id);
    redirect(`/${resolveLocale(locale)}/admin/sign-in`);
  },
});

export const changePassword = staffAction({
  name: "changePassword",
  role: "anyRole",
  duringSetup: true,
  schema: changePasswordSchema,
  whenInvalid: () => "validation" as const,
  work: (input, { staff, headers }) => changeStaffPassword(input, headers, staff.user),
});

/** Starts the authenticator setup: the QR code (and its key, for typing in) and the backup codes, shown once. */
export const startTwoFactor = staffAction({
  name: "startTwoFactor",
  role: "anyRole",
  ...withPasswordAgain,
  work: async ({ password }, { headers }) => {
    const setup = await startTwoFactorSetup(password, headers);
    if (setup.outcome !== "started") return "wrongPassword" as const;
    return {
      result: "started" as const,
      qrCode: await QRCode.toDataURL(setup.totpURI, { margin: 1, width: 220 }),
      key: new URL(setup.totpURI).searchParams.get("secret") ?? "",
      backupCodes: setup.backupCodes,
    };
  },
});

export const confirmTwoFactor = staffAction({
  name: "confirmTwoFactor",
  role: "anyRole",
  duringSetup: true,
  schema: twoFactorCodeSchema,
  whenInvalid: () => "invalidCode" as const,
  work: async ({ code }, { headers }) => ((await verifyTwoFactorCode(code, headers)).outcome === "verified" ? "enabled" : "invalidCode"),
  revalidate: { path: accountPage, on: ["enabled"] },
});

export const disableTwoFactor = staffAction({
  name: "disableTwoFactor",
  role: "anyRole",
  ...withPasswordAgain,
  work: async ({ password }, { headers }) => {
    if ((await getSettings()).requireTwoFactor) return "cannotTurnOff" as const;
    return turnOffTwoFactor(password, headers);
  },
  revalidate: { path: accountPage, on: ["turnedOff"] },
});
