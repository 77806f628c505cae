import { getFormatter, getTranslations } from "next-intl/server";
import { canPreview } from "@/lib/leads/file-preview";
import type { LeadDetail } from "@/lib/leads/lead-queries";
import { formatFileSize } from "@/lib/i18n/format-file-size";
import styles from "./lead-submission.module.css";
import text from "@/components/ui/text.module.css";

/** What the patient sent: the message, the files (download and preview) and the records checklist. */
export async function LeadSubmission({ lead }: { lead: LeadDetail }) {
  const [t, format] = await Promise.all([getTranslations("Admin"), getFormatter()]);
  const missing = lead.recordChecks.filter((check) => !check.covered);

  return (
    <>
      <section aria-labelledby="lead-message">
        <h2 id="lead-message">{t("lead.message")}</h2>
        <p className={styles.message}>{lead.message}</p>
      </section>

      <section aria-labelledby="lead-files">
        <h2 id="lead-files">{t("lead.files", { count: lead.files.length })}</h2>
        {lead.files.length === 0 ? (
          <p className={text.hint}>{t("lead.noFiles")}</p>
        ) : (
          <ul>
            {lead.files.map((file) => (
              <li key={file.id}>
                <a href={`/api/admin/files/${file.id}`} download>
                  {t("lead.download", { name: file.originalName })}
                </a>{" "}
                · {file.detectedType.toUpperCase()} · {formatFileSize(format, file.size)}
                {canPreview(file.detectedType) && (
                  <>
                    {" · "}
                    <a href={`/api/admin/files/${file.id}?preview=1`} target="_blank" rel="noopener">
                      {t("lead.preview", { name: file.originalName })}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {lead.recordChecks.length > 0 && (
        <section aria-labelledby="lead-records">
          <h2 id="lead-records">{t("lead.records")}</h2>
          <p className={text.hint}>{missing.length ? t("lead.recordsMissing", { count: missing.length }) : t("lead.recordsComplete")}</p>
          <ul>
            {lead.recordChecks.map((check) => (
              <li key={check.recordTypeId}>
                {check.covered ? "✓" : "✗"} {check.recordType.translations[0]?.name ?? "—"} —{" "}
                {check.covered ? t("lead.recordSent") : t("lead.recordMissing")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
