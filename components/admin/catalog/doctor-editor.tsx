"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { doctorContentSchema, type DoctorContent } from "@/lib/validation/catalog-content/doctors";
import { DoctorFactsFields } from "./doctor-facts-fields";
import { ItemEditor, type ItemEditorProps } from "./item-editor";
import { doctorTexts, ItemTextFields } from "./item-text-fields";
import { withoutEmptyTranslations } from "./without-empty-translations";

const checkDoctor = zodResolver(doctorContentSchema) as unknown as Resolver<DoctorContent>;

/** A translation left wholly empty is one not made yet. */
const resolver: Resolver<DoctorContent> = (values, context, options) => checkDoctor({ ...values, text: withoutEmptyTranslations(values.text) }, context, options);

/** The doctor editor: their facts and their own texts. */
export function DoctorEditor({ clinicNames, ...props }: ItemEditorProps<DoctorContent> & { clinicNames: Record<string, string> }) {
  return (
    <ItemEditor
      kind="DOCTOR"
      resolver={resolver}
      {...props}
      fields={(translation) => (
        <>
          <DoctorFactsFields clinicNames={clinicNames} treatmentNames={props.treatmentNames} />
          <ItemTextFields texts={doctorTexts} translation={translation} />
        </>
      )}
    />
  );
}
