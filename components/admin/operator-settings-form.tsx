"use client";

import { useTranslations } from "next-intl";
import { saveOperatorSettings } from "@/lib/settings/actions";
import { errorMessage } from "@/components/forms/error-message";
import { Field, FieldError } from "@/components/forms/field";
import { leftToRight } from "@/components/forms/left-to-right";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Operator } from "@/lib/validation/settings";
import { SaveOutcome } from "./save-outcome";
import { useStaffAction } from "./use-staff-action";
import { adminFormClassName } from "./admin-form";
import text from "@/components/ui/text.module.css";

const fields = [
  { name: "name", autoComplete: "organization" },
  { name: "legalEntity", autoComplete: "off", hint: true },
  { name: "address", autoComplete: "street-address" },
  { name: "phone", autoComplete: "tel", type: "tel", hint: true },
  { name: "whatsApp", autoComplete: "tel", type: "tel", hint: true },
  { name: "email", autoComplete: "email", type: "email" },
] as const;

/** Who runs the site, shown on every public page: its own form, so saving it never touches the workspace's settings. */
export function OperatorSettingsForm({ operator, hideDemoNotice }: { operator: Operator | null; hideDemoNotice: boolean }) {
  const t = useTranslations("Admin");
  const { state, formProps, pending } = useStaffAction(saveOperatorSettings, { clearOnSuccess: false });
  const error = (name: string) => errorMessage(t, state.fields?.[name]);
  const demoNoticeError = error("hideDemoNotice");
  const hint = (name: (typeof fields)[number]["name"]) =>
    name === "legalEntity" ? t("operator.legalEntityHint") : t.rich("operator.phoneHint", { ltr: leftToRight });

  return (
    <form {...formProps} className={adminFormClassName} aria-labelledby="operator-title" noValidate>
      <h2 id="operator-title">{t("operator.title")}</h2>
      <p className={text.hint}>{t("operator.hint")}</p>
      {!operator && <p className={text.hint}>{t("operator.notSet")}</p>}
      <SaveOutcome state={state} saved={t("operator.saved")} id="operator-outcome" />
      {fields.map(({ name, autoComplete, ...input }) => {
        const id = `operator.${name}`;
        return (
          <Field key={name} id={id} label={t(`operator.${name}`)} hint={"hint" in input ? hint(name) : undefined} error={error(id)}>
            {(describedBy, invalid) => (
              <input
                id={id}
                name={id}
                type={"type" in input ? input.type : "text"}
                dir={"type" in input ? "ltr" : undefined}
                autoComplete={autoComplete}
                defaultValue={operator?.[name] ?? ""}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
        );
      })}
      <fieldset>
        <legend>{t("operator.demoNotice")}</legend>
        <label>
          <input
            type="checkbox"
            name="hideDemoNotice"
            defaultChecked={hideDemoNotice}
            aria-describedby={demoNoticeError ? "hideDemoNotice-hint hideDemoNotice-error" : "hideDemoNotice-hint"}
            aria-invalid={Boolean(demoNoticeError)}
          />{" "}
          {t("operator.hideDemoNotice")}
        </label>
        <p id="hideDemoNotice-hint" className={text.hint}>
          {t("operator.hideDemoNoticeHint")}
        </p>
        <FieldError id="hideDemoNotice-error" error={demoNoticeError} />
      </fieldset>
      <SubmitButton pending={pending} variant="primary">
        {pending ? t("settings.saving") : t("operator.save")}
      </SubmitButton>
    </form>
  );
}
