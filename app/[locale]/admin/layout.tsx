import type { Metadata } from "next";
import type { ReactNode } from "react";

// The workspace is never indexed; pages read the session, so they render per request and are never shared-cached.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="admin">{children}</div>;
}
