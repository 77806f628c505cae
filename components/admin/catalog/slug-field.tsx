"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { EditorField } from "./editor-field";

/** The item's address (slug); renaming it leaves the old address redirecting to the new one once published. */
export function SlugField({ section }: { section: "clinics" | "doctors" }) {
  const t = useTranslations("Admin.catalog");
  const { register } = useFormContext();
  const slug = useWatch({ name: "slug" }) as string;
  return (
    <EditorField name="slug" label={t("fields.slug")} hint={t("slugHint", { path: `/${section}/${slug}` })}>
      {(describedBy, invalid) => <input id="slug" dir="ltr" autoComplete="off" spellCheck={false} {...register("slug")} aria-describedby={describedBy} aria-invalid={invalid} />}
    </EditorField>
  );
}
