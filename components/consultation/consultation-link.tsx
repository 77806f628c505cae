import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { buttonClassName } from "@/components/ui/button";
import cta from "./cta-panel.module.css";
import text from "@/components/ui/text.module.css";

export interface ConsultationContext {
  treatment?: string;
  clinic?: string;
  doctor?: string;
}

/** The "Request a free consultation" action; it carries the page's treatment, clinic or doctor to the form. */
export function ConsultationLink({
  context = {},
  variant = "primary",
}: {
  context?: ConsultationContext;
  /** "plain": a text link, beside another call to action it must not compete with. */
  variant?: "primary" | "compact" | "plain";
}) {
  const t = useTranslations("Consultation");
  const query = Object.fromEntries(Object.entries(context).filter(([, slug]) => slug));
  return (
    <Link href={{ pathname: "/consultation", query }} className={variant === "plain" ? text.standaloneLink : buttonClassName(variant)}>
      {variant === "compact" ? t("ctaShort") : t("cta")}
    </Link>
  );
}

/** A call to action in a tinted panel; `id` lets a consultation bar wait until it has scrolled away. */
export function ConsultationPanel({ context, id }: { context?: ConsultationContext; id?: string }) {
  const t = useTranslations("Consultation");
  return (
    <aside className={cta.panel} id={id}>
      <p>{t("ctaLead")}</p>
      <ConsultationLink context={context} />
    </aside>
  );
}
