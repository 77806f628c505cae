import { useTranslations } from "next-intl";
import { leftToRight } from "@/components/forms/left-to-right";
import { operatorContacts } from "@/lib/formats/operator-contacts";
import type { Operator } from "@/lib/validation/settings";
import styles from "./operator-contacts.module.css";

/** The phone, WhatsApp and email of whoever runs the site, as links; numbers and addresses stay left to right. */
export function OperatorContacts({ operator, labelledBy }: { operator: Operator; labelledBy?: string }) {
  const t = useTranslations("Operator");
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {operatorContacts(operator).map(({ kind, href, shown }) => (
        <li key={kind} className={styles.item}>
          <span>{t(kind)}:</span>
          <a href={href} className={styles.link}>
            {leftToRight(shown)}
          </a>
        </li>
      ))}
    </ul>
  );
}
