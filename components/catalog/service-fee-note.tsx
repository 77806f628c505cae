import { useTranslations } from "next-intl";

export type ServiceFeeModel = "CLINIC_COMMISSION" | "PATIENT_SERVICE_FEE" | "NO_FEE";

/** Patients deserve to know how we are paid for sending them to a clinic: shown on every listing. */
export function ServiceFeeNote({ model }: { model: ServiceFeeModel }) {
  const t = useTranslations("ServiceFee");
  return (
    <p className="service-fee">
      <strong>{t("title")}:</strong> {t(model)}
    </p>
  );
}
