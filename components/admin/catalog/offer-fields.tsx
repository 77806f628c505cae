"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { buttonClassName } from "@/components/ui/button";
import { isPriceStale } from "@/lib/catalog/price-freshness";
import { priceUnits, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { EditorField, optionalNumber, optionalText } from "./editor-field";
import { offerBlock } from "@/lib/catalog-editing/translation-status";
import { TranslatedText, type Translation } from "./translated-text";
import { MissingTranslationNote } from "./translation-switch";
import styles from "./offer-fields.module.css";
import tag from "@/components/ui/tag.module.css";

export interface OfferContext {
  treatmentNames: Record<string, string>;
  priceStaleAfterDays: number;
  today: string;
  translation: Translation;
}

/** Each offer of the clinic: its "from" price with currency, unit and source, when it was checked, what it includes. */
export function OfferFields(context: OfferContext) {
  const t = useTranslations("Admin.catalog");
  const { fields, append, remove } = useFieldArray<ClinicContent, "offers">({ name: "offers" });
  const offered = new Set(fields.map((field) => field.treatment));
  const [adding, setAdding] = useState("");
  const add = () => {
    if (!adding) return;
    append({ treatment: adding, checkedOn: context.today, text: { en: { includes: "", excludes: "" } } });
    setAdding("");
  };
  return (
    <fieldset>
      <legend>{t("offers")}</legend>
      {fields.length === 0 && <p>{t("noOffers")}</p>}
      {fields.map((field, index) => (
        <Offer key={field.id} index={index} treatment={field.treatment} onRemove={() => remove(index)} {...context} />
      ))}
      <div className={styles.add}>
        <label htmlFor="add-offer">{t("addOfferLabel")}</label>
        <select id="add-offer" value={adding} onChange={(event) => setAdding(event.target.value)}>
          <option value="">{t("chooseTreatment")}</option>
          {Object.entries(context.treatmentNames)
            .filter(([slug]) => !offered.has(slug))
            .map(([slug, name]) => (
              <option key={slug} value={slug} lang="en">
                {name}
              </option>
            ))}
        </select>
        <button type="button" className={buttonClassName()} onClick={add} disabled={!adding}>
          {t("addOffer")}
        </button>
      </div>
    </fieldset>
  );
}

function Offer({ index, treatment, treatmentNames, priceStaleAfterDays, today, translation, onRemove }: OfferContext & { index: number; treatment: string; onRemove: () => void }) {
  const t = useTranslations("Admin.catalog");
  const { register } = useFormContext<ClinicContent>();
  const checkedOn = useWatch<ClinicContent, `offers.${number}.checkedOn`>({ name: `offers.${index}.checkedOn` });
  const stale = /^\d{4}-\d{2}-\d{2}$/.test(checkedOn) && isPriceStale(new Date(checkedOn), new Date(today), priceStaleAfterDays);
  const name = `offers.${index}` as const;
  const id = (field: string) => `${name}.${field}`;
  return (
    <fieldset className={styles.offer}>
      <legend>{treatmentNames[treatment] ?? treatment}</legend>
      {stale && <p className={tag.tag}>{t("stalePrice", { days: priceStaleAfterDays })}</p>}
      <div className={styles.price}>
        <EditorField name={id("priceFrom")} label={t("fields.priceFrom")}>
          {(describedBy, invalid) => <input id={id("priceFrom")} type="number" step="0.01" inputMode="decimal" {...register(`${name}.priceFrom`, optionalNumber)} aria-describedby={describedBy} aria-invalid={invalid} />}
        </EditorField>
        <EditorField name={id("currency")} label={t("fields.currency")}>
          {(describedBy, invalid) => <input id={id("currency")} autoComplete="off" {...register(`${name}.currency`, optionalText)} aria-describedby={describedBy} aria-invalid={invalid} />}
        </EditorField>
        <EditorField name={id("priceUnit")} label={t("fields.priceUnit")}>
          {(describedBy, invalid) => (
            <select id={id("priceUnit")} {...register(`${name}.priceUnit`, optionalText)} aria-describedby={describedBy} aria-invalid={invalid}>
              <option value="">{t("onRequest")}</option>
              {priceUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`units.${unit}`)}
                </option>
              ))}
            </select>
          )}
        </EditorField>
      </div>
      <EditorField name={id("checkedOn")} label={t("fields.checkedOn")}>
        {(describedBy, invalid) => <input id={id("checkedOn")} type="date" {...register(`${name}.checkedOn`)} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <EditorField name={id("priceSource")} label={t("fields.priceSource")} hint={t("priceSourceHint")}>
        {(describedBy, invalid) => <input id={id("priceSource")} autoComplete="off" {...register(`${name}.priceSource`, optionalText)} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <MissingTranslationNote block={offerBlock(treatment)} translation={translation} />
      {(["includes", "excludes"] as const).map((field) => (
        <TranslatedText key={field} base={`${name}.text`} block={offerBlock(treatment)} field={field} kind="area" label={t(`fields.${field}`)} translation={translation} />
      ))}
      <button type="button" className={buttonClassName()} onClick={onRemove}>
        {t("removeOffer", { treatment: treatmentNames[treatment] ?? treatment })}
      </button>
    </fieldset>
  );
}
