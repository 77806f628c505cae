import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // The same rule as the session cookie. NODE_ENV, not APP_URL: the language switcher also writes this cookie in the
  // browser, whose bundle has NODE_ENV but not APP_URL. Browsers keep a Secure cookie set over http from localhost and
  // 127.0.0.1, so a production build tried locally still remembers the language.
  localeCookie: { secure: process.env.NODE_ENV === "production" },
});
