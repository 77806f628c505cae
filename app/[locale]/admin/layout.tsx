import type { Metadata } from "next";
import { WorkspaceHeader } from "@/components/admin/workspace-header";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

// The workspace is never indexed; pages read the session, so they render per request and are never shared-cached.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Coordinators work here all day: the workspace has its own header, without the public site's navigation and footer.
export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  await resolvePageLocale(params);
  return (
    <>
      <WorkspaceHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
