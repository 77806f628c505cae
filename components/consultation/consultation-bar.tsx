import { useTranslations } from "next-intl";
import { ConsultationBarIsland } from "./consultation-bar-island";
import { ConsultationLink, type ConsultationContext } from "./consultation-link";
import styles from "./consultation-bar.module.css";

/**
 * The way to ask, kept at the bottom of the screen once the element `revealAfter` names (the call to action under
 * the page's hero) has scrolled away, so the two are never on screen together. Place it last in the page's content:
 * it stops there, above the footer, and takes its own room.
 */
export function ConsultationBar({ context, revealAfter }: { context: ConsultationContext; revealAfter: string }) {
  const t = useTranslations("ConsultationBar");
  return (
    <ConsultationBarIsland revealAfter={revealAfter} label={t("label")} dismissLabel={t("dismiss")}>
      <p className={styles.text}>{t("text")}</p>
      <ConsultationLink context={context} />
    </ConsultationBarIsland>
  );
}
