import { LandingAttribution } from "@/components/site/landing-attribution";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  // Each layout renders on its own, so each sets the locale itself or the catalog stops being static.
  await resolvePageLocale(params);
  return (
    <>
      <SiteHeader showDemoNotice />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      <LandingAttribution />
    </>
  );
}
