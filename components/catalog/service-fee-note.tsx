import { useTranslations } from "next-intl";
import { leftToRight } from "@/components/forms/left-to-right";
import type { ServiceFee } from "@/lib/catalog/offers";
import styles from "./service-fee-note.module.css";
import { useMoney } from "./use-money";

/** Patients deserve to know how we are paid for sending them to a clinic: shown on every listing. */
export function ServiceFeeNote({ fee }: { fee: ServiceFee }) {
  const t = useTranslations("ServiceFee");
  return (
    <p className={styles.note}>
      <strong>{t("title")}:</strong> {t(fee.model)}
      {fee.model === "PATIENT_SERVICE_FEE" && (
        <span className={styles.amount}>
          <FeeAmount fee={fee} />
        </span>
      )}
    </p>
  );
}

/** The published amount or range; never a figure no source gives. */
function FeeAmount({ fee }: { fee: ServiceFee }) {
  const t = useTranslations("ServiceFee");
  const money = useMoney();
  const { min, max, currency } = fee;
  if (min === null || currency === null) return t("feeOnRequest");
  if (max === null || max === min) return t.rich("feeAmount", { amount: money(min, currency), ltr: leftToRight });
  return t.rich("feeRange", { min: money(min, currency), max: money(max, currency), ltr: leftToRight });
}
