"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { EditorField } from "./editor-field";

/** Who reviewed the item's medical facts and when, as visitors read it on the page: chosen by the editor, never assumed. */
export function ReviewFields({ reviewerNames }: { reviewerNames: Record<string, string> }) {
  const t = useTranslations("Admin.catalog");
  const { register } = useFormContext();
  return (
    <fieldset>
      <legend>{t("review")}</legend>
      <EditorField name="reviewedBy" label={t("reviewedBy")}>
        {(describedBy, invalid) => (
          <select id="reviewedBy" {...register("reviewedBy")} aria-describedby={describedBy} aria-invalid={invalid}>
            <option value="">{t("chooseReviewer")}</option>
            {Object.entries(reviewerNames).map(([key, name]) => (
              <option key={key} value={key} lang="en">
                {name}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField name="reviewedOn" label={t("reviewedOn")}>
        {(describedBy, invalid) => <input id="reviewedOn" type="date" {...register("reviewedOn")} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
    </fieldset>
  );
}
