import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/admin/sign-in-form";
import { adminReturnPath } from "@/lib/auth/return-path";
import { getStaffSession } from "@/lib/auth/staff-session";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { returnPathParam } from "@/lib/validation/query-params";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("signIn.title");

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/admin/sign-in">) {
  const locale = await resolvePageLocale(params);
  const next = returnPathParam.parse((await searchParams).next) ?? null;
  if (await getStaffSession()) redirect(adminReturnPath(next, locale));
  const [t, messages] = await Promise.all([getTranslations("Admin"), getMessages()]);
  return (
    <div className={`${layout.page} ${layout.narrow}`}>
      <h1>{t("signIn.title")}</h1>
      <p className={text.lead}>{t("signIn.intro")}</p>
      <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
        <SignInForm locale={locale} next={next} />
      </NextIntlClientProvider>
    </div>
  );
}
