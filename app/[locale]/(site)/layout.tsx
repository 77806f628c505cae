import { LandingAttribution } from "@/components/site/landing-attribution";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { publicSiteSettings } from "@/lib/settings/operator-settings";

export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  // Each layout renders on its own, so each sets the locale itself or the catalog stops being static.
  await resolvePageLocale(params);
  // Read when a page is generated, and again after an admin saves them (lib/settings/actions.ts revalidates).
  const { operator, showDemoNotice } = await publicSiteSettings();
  return (
    <>
      <SiteHeader showDemoNotice={showDemoNotice} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter operator={operator} />
      <LandingAttribution />
    </>
  );
}
