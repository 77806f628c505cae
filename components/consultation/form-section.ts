import type { UseFormReturn } from "react-hook-form";
import type { ConsultationInput } from "@/lib/validation/consultation";

/** What each part of the consultation form is given: the form, and a field's translated error. */
export interface FormSection {
  form: UseFormReturn<ConsultationInput>;
  error: (field: keyof ConsultationInput) => string | undefined;
}

/** An age typed into the form (a number, or the empty text of a cleared field) that makes the patient a minor. */
export const isMinorAge = (age: ConsultationInput["patientAge"]) => age !== undefined && age !== "" && Number(age) < 18;
