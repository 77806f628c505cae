"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { clinicContentSchema, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { ClinicFactsFields } from "./clinic-facts-fields";
import { ItemEditor, type ItemEditorProps } from "./item-editor";
import { clinicTexts, ItemTextFields } from "./item-text-fields";
import { OfferFields, type OfferContext } from "./offer-fields";
import { withoutEmptyTranslations } from "./without-empty-translations";

const checkClinic = zodResolver(clinicContentSchema) as unknown as Resolver<ClinicContent>;
const isBlank = (value: unknown) => value === undefined || value === "" || Number.isNaN(value);

/**
 * Empty service-fee fields mean "no fee stated" (the document has no serviceFee), not a fee of nothing; a translation
 * left wholly empty is one not made yet.
 */
const resolver: Resolver<ClinicContent> = (values, context, options) => {
  const { serviceFee, ...rest } = values;
  const feeGiven = serviceFee && !Object.values(serviceFee).every(isBlank);
  const document = { ...rest, ...(feeGiven ? { serviceFee } : {}), text: withoutEmptyTranslations(values.text), offers: values.offers.map((offer) => ({ ...offer, text: withoutEmptyTranslations(offer.text) })) };
  return checkClinic(document, context, options);
};

/** The clinic editor: its facts, its own texts and each offer with its price. */
export function ClinicEditor({ offerContext, ...props }: ItemEditorProps<ClinicContent> & { offerContext: Omit<OfferContext, "translation" | "treatmentNames"> }) {
  return (
    <ItemEditor
      kind="CLINIC"
      resolver={resolver}
      {...props}
      fields={(translation) => (
        <>
          <ClinicFactsFields />
          <ItemTextFields texts={clinicTexts} translation={translation} />
          <OfferFields {...offerContext} treatmentNames={props.treatmentNames} translation={translation} />
        </>
      )}
    />
  );
}
