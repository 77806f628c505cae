"use client";

import { useTranslations } from "next-intl";
import { saveSettings } from "@/lib/settings/actions";
import { Field } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";
import { settingBounds, type Settings } from "@/lib/validation/settings";
import { SaveOutcome } from "./save-outcome";
import { useStaffAction } from "./use-staff-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { adminFormClassName } from "./admin-form";
import text from "@/components/ui/text.module.css";

type Option = { value: string; label: string };
const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

const hoursText = (intervals: { start: string; end: string }[]) => intervals.map(({ start, end }) => `${start}–${end}`).join(", ");

/**
 * Every editable setting in one form, saved together. Routing rules are shown as rows; one blank row adds a rule,
 * and "remove" drops one.
 */
export function SettingsForm({ settings, treatments, languages, weekdayNames }: { settings: Settings; treatments: Option[]; languages: Option[]; weekdayNames: string[] }) {
  const t = useTranslations("Admin");
  const { state, formProps, pending } = useStaffAction(saveSettings, { clearOnSuccess: false });
  const error = (name: string) => errorMessage(t, state.fields?.[name]);
  const rules = [...settings.routingRules, { treatments: undefined, countries: undefined, languages: undefined, recipients: [] }];

  return (
    <form {...formProps} className={adminFormClassName} noValidate>
      <SaveOutcome state={state} saved={t("settings.saved")} id="settings-outcome" />

      <fieldset>
        <legend>{t("settings.notifications")}</legend>
        <Field id="coordinatorEmails" label={t("settings.coordinatorEmails")} hint={t("settings.coordinatorEmailsHint")} error={error("coordinatorEmails")}>
          {(describedBy, invalid) => (
            <textarea id="coordinatorEmails" name="coordinatorEmails" rows={3} defaultValue={settings.coordinatorEmails.join("\n")} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
        <Field id="coordinatorLocale" label={t("settings.coordinatorLocale")}>
          {(describedBy) => (
            <select id="coordinatorLocale" name="coordinatorLocale" defaultValue={settings.coordinatorLocale} aria-describedby={describedBy}>
              {languages.map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("settings.routing")}</legend>
        <p className={text.hint}>{t("settings.routingHint")}</p>
        {rules.map((rule, index) => {
          const name = (field: string) => `rules.${index}.${field}`;
          const isNew = index === settings.routingRules.length;
          return (
            <fieldset key={index}>
              <legend>{isNew ? t("settings.newRule") : t("settings.rule", { number: index + 1 })}</legend>
              <fieldset>
                <legend>{t("settings.ruleTreatments")}</legend>
                {treatments.map(({ value, label }) => (
                  <label key={value}>
                    <input type="checkbox" name={name(`treatments.${value}`)} defaultChecked={rule.treatments?.includes(value)} /> {label}
                  </label>
                ))}
              </fieldset>
              <fieldset>
                <legend>{t("settings.ruleLanguages")}</legend>
                {languages.map(({ value, label }) => (
                  <label key={value}>
                    <input type="checkbox" name={name(`languages.${value}`)} defaultChecked={rule.languages?.includes(value)} /> {label}
                  </label>
                ))}
              </fieldset>
              <Field id={name("countries")} label={t("settings.ruleCountries")} hint={t("settings.ruleCountriesHint")} error={error(name("countries"))}>
                {(describedBy, invalid) => (
                  <input id={name("countries")} name={name("countries")} defaultValue={rule.countries?.join(", ")} aria-describedby={describedBy} aria-invalid={invalid} />
                )}
              </Field>
              <Field id={name("recipients")} label={t("settings.ruleRecipients")} error={error(name("recipients"))}>
                {(describedBy, invalid) => (
                  <input id={name("recipients")} name={name("recipients")} defaultValue={rule.recipients.join(", ")} aria-describedby={describedBy} aria-invalid={invalid} />
                )}
              </Field>
              {!isNew && (
                <label>
                  <input type="checkbox" name={name("remove")} /> {t("settings.removeRule")}
                </label>
              )}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t("settings.response")}</legend>
        <Field id="responseMinutes" label={t("settings.responseMinutes")} hint={t("settings.responseMinutesHint")} error={error("responseMinutes")}>
          {(describedBy, invalid) => (
            <input id="responseMinutes" name="responseMinutes" type="number" inputMode="numeric" {...settingBounds.responseMinutes} defaultValue={settings.responseMinutes} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
        <Field id="timeZone" label={t("settings.timeZone")} hint={t("settings.timeZoneHint")} error={error("timeZone")}>
          {(describedBy, invalid) => <input id="timeZone" name="timeZone" defaultValue={settings.workingHours.timeZone} aria-describedby={describedBy} aria-invalid={invalid} />}
        </Field>
        <p className={text.hint} id="hours-hint">
          {t("settings.hoursHint")}
        </p>
        {weekdays.map((day) => (
          <Field key={day} id={`hours.${day}`} label={weekdayNames[day - 1]} error={error(`hours.${day}`)}>
            {(describedBy, invalid) => (
              <input
                id={`hours.${day}`}
                name={`hours.${day}`}
                defaultValue={hoursText(settings.workingHours.week[day])}
                placeholder={t("settings.closed")}
                aria-describedby={[describedBy, "hours-hint"].filter(Boolean).join(" ")}
                aria-invalid={invalid}
              />
            )}
          </Field>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t("settings.catalog")}</legend>
        <Field id="priceStaleAfterDays" label={t("settings.priceStaleAfterDays")} hint={t("settings.priceStaleAfterDaysHint")} error={error("priceStaleAfterDays")}>
          {(describedBy, invalid) => (
            <input id="priceStaleAfterDays" name="priceStaleAfterDays" type="number" inputMode="numeric" {...settingBounds.priceStaleAfterDays} defaultValue={settings.priceStaleAfterDays} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("settings.security")}</legend>
        <label>
          <input type="checkbox" name="requireTwoFactor" defaultChecked={settings.requireTwoFactor} aria-describedby="requireTwoFactor-hint" /> {t("settings.requireTwoFactor")}
        </label>
        <p id="requireTwoFactor-hint" className={text.hint}>
          {t("settings.requireTwoFactorHint")}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t("settings.privacy")}</legend>
        <Field id="spamRetentionDays" label={t("settings.spamRetentionDays")} error={error("spamRetentionDays")}>
          {(describedBy, invalid) => (
            <input id="spamRetentionDays" name="spamRetentionDays" type="number" inputMode="numeric" {...settingBounds.spamRetentionDays} defaultValue={settings.spamRetentionDays} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
        <Field id="leadRetentionDays" label={t("settings.leadRetentionDays")} hint={t("settings.leadRetentionDaysHint")} error={error("leadRetentionDays")}>
          {(describedBy, invalid) => (
            <input id="leadRetentionDays" name="leadRetentionDays" type="number" inputMode="numeric" {...settingBounds.leadRetentionDays} defaultValue={settings.leadRetentionDays} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
      </fieldset>

      <SubmitButton pending={pending} variant="primary">{pending ? t("settings.saving") : t("settings.save")}</SubmitButton>
    </form>
  );
}

