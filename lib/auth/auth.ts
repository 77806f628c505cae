import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, twoFactor } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { staffRoles } from "@/lib/staff/roles";
import { ABSOLUTE_LIFETIME_MS } from "./session-policy";

const pluginRoles = Object.fromEntries(staffRoles.map((role) => [role, role === "admin" ? adminAc : userAc]));

/**
 * Staff authentication. Only server code calls it (server actions and pages through `auth.api`); no auth HTTP
 * endpoints are mounted, so every entry point goes through our own validation, rate limits and audit log.
 * The cookie lives as long as the absolute lifetime; inactivity is enforced on the server (lib/auth/staff-session.ts),
 * because a server component cannot refresh a cookie.
 */
export const auth = betterAuth({
  appName: "Careport",
  baseURL: env.APP_URL,
  secret: env.SESSION_SECRET,
  database: prismaAdapter(db, { provider: "postgresql" }),
  telemetry: { enabled: false },
  // Sign-in outcomes go to our own security log (AuthEvent); its console warnings would only repeat them.
  logger: { level: "error" },
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: 12,
    maxPasswordLength: 128,
    revokeSessionsOnPasswordReset: true,
  },
  user: { additionalFields: { passwordChangeRequired: { type: "boolean", required: false, defaultValue: false, input: false } } },
  session: {
    expiresIn: ABSOLUTE_LIFETIME_MS / 1000,
    disableSessionRefresh: true,
    additionalFields: { lastActiveAt: { type: "date", required: false, input: false } },
  },
  advanced: {
    cookiePrefix: "careport",
    useSecureCookies: env.NODE_ENV === "production",
    defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
    // Sessions would keep each sign-in's address in clear; our security log keeps a keyed hash of it instead.
    ipAddress: { disableIpTracking: true },
  },
  rateLimit: { enabled: false },
  plugins: [
    // Several roles are the plugin's comma list in `role` (lib/staff/roles.ts). Only admins get its admin permissions;
    // every other role its plain-user ones: what each may do in Careport is decided by lib/auth/staff-guard.ts.
    admin({ defaultRole: "coordinator", adminRoles: ["admin"], roles: pluginRoles }),
    twoFactor({ issuer: "Careport" }),
    nextCookies(),
  ],
});
