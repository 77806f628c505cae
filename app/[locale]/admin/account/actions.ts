"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { changeStaffPassword } from "@/lib/auth/change-password";
import { getStaffSession } from "@/lib/auth/staff-session";
import { logAuthEvent } from "@/lib/auth/auth-events";
import { startTwoFactorSetup, turnOffTwoFactor, verifyTwoFactorCode } from "@/lib/auth/two-factor";
import { getSettings } from "@/lib/settings/settings";
import { changePasswordSchema, twoFactorCodeSchema } from "@/lib/validation/staff-account";

export type ChangePasswordState = { result: "changed" | "wrongPassword" | "tooGuessable" | "validation" | "signedOut" };

export async function changePassword(input: unknown): Promise<ChangePasswordState> {
  const requestHeaders = await headers();
  const staff = await getStaffSession(requestHeaders);
  if (!staff) {
    await logAuthEvent("ACCESS_REFUSED", requestHeaders, { detail: "action:changePassword" });
    return { result: "signedOut" };
  }
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { result: "validation" };
  return { result: await changeStaffPassword(parsed.data, requestHeaders, staff.user) };
}

export type TwoFactorState =
  | { result: "started"; qrCode: string; key: string; backupCodes: string[] }
  | { result: "enabled" | "turnedOff" | "wrongPassword" | "invalidCode" | "cannotTurnOff" | "signedOut" };

async function signedInStaff(action: string) {
  const requestHeaders = await headers();
  const staff = await getStaffSession(requestHeaders);
  if (!staff) await logAuthEvent("ACCESS_REFUSED", requestHeaders, { detail: `action:${action}` });
  return { staff, requestHeaders };
}

/** Starts the authenticator setup: the QR code (and its key, for typing in) and the backup codes, shown once. */
export async function startTwoFactor(password: unknown): Promise<TwoFactorState> {
  const { staff, requestHeaders } = await signedInStaff("startTwoFactor");
  if (!staff) return { result: "signedOut" };
  if (typeof password !== "string" || password.length === 0 || password.length > 128) return { result: "wrongPassword" };
  const setup = await startTwoFactorSetup(password, requestHeaders);
  if (setup.outcome !== "started") return { result: "wrongPassword" };
  return {
    result: "started",
    qrCode: await QRCode.toDataURL(setup.totpURI, { margin: 1, width: 220 }),
    key: new URL(setup.totpURI).searchParams.get("secret") ?? "",
    backupCodes: setup.backupCodes,
  };
}

export async function confirmTwoFactor(input: unknown): Promise<TwoFactorState> {
  const { staff, requestHeaders } = await signedInStaff("confirmTwoFactor");
  if (!staff) return { result: "signedOut" };
  const parsed = twoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return { result: "invalidCode" };
  const { outcome } = await verifyTwoFactorCode(parsed.data.code, requestHeaders);
  if (outcome === "verified") revalidatePath("/[locale]/admin/account", "page");
  return { result: outcome === "verified" ? "enabled" : "invalidCode" };
}

export async function disableTwoFactor(password: unknown): Promise<TwoFactorState> {
  const { staff, requestHeaders } = await signedInStaff("disableTwoFactor");
  if (!staff) return { result: "signedOut" };
  if ((await getSettings()).requireTwoFactor) return { result: "cannotTurnOff" };
  if (typeof password !== "string" || password.length === 0 || password.length > 128) return { result: "wrongPassword" };
  const result = await turnOffTwoFactor(password, requestHeaders);
  if (result === "turnedOff") revalidatePath("/[locale]/admin/account", "page");
  return { result };
}
