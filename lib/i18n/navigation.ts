import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// For client components under a NextIntlClientProvider (the consultation form); server components link with
// lib/i18n/link.tsx, which ships no next-intl code to the browser.
export const { Link, useRouter } = createNavigation(routing);
