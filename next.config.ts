import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { recordBuildOrigin } from "./scripts/lib/build-origin";
import { contentSecurityPolicy, policyOptions, securityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const options = policyOptions(env);
const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // `next dev` serves its scripts and hot reload only to these origins (Next allows localhost alone): a page opened at
  // http://127.0.0.1:3000 would load without them, and no form on it would work.
  allowedDevOrigins: ["localhost", "127.0.0.1", "[::1]"],
  // `next dev` prints each server function call with its arguments, a sign-in password or a patient's message included.
  logging: { serverFunctions: false },
  // `npm start` refuses another APP_URL than the one pre-rendered pages were built with (scripts/server.ts).
  compiler: { runAfterProductionCompile: async ({ distDir }) => recordBuildOrigin(distDir, env.APP_URL) },
  // Pages that render per request get their own policy, with a nonce, from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: asList(securityHeaders(options)) },
      // Not on lead files: their route sets its own (a sandbox), and Next.js drops a route
      // handler's header when a header of the same name is set here.
      {
        source: "/:path((?!api/admin/files/).*)",
        headers: asList({ "Content-Security-Policy": contentSecurityPolicy(options) }),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
