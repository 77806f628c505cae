import { defaultLocale } from "@/lib/i18n/locales";
import layout from "@/components/ui/layout.module.css";

// Reached only for paths outside every locale (the proxy prefixes everything else).
export default function RootNotFound() {
  return (
    <html lang={defaultLocale}>
      <body>
        <main id="main" className={`${layout.container} ${layout.narrow}`}>
          <h1>Page not found</h1>
          <p>
            <a href={`/${defaultLocale}`}>Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
