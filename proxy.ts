import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Never let the proxy touch /api: it buffers and truncates large request bodies (vercel/next.js#84539).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
