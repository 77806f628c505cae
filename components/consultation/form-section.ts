import type { UseFormReturn } from "react-hook-form";
import type { ConsultationInput } from "@/lib/validation/consultation";

/** What each part of the consultation form is given: the form, and a field's translated error. */
export interface FormSection {
  form: UseFormReturn<ConsultationInput>;
  error: (field: keyof ConsultationInput) => string | undefined;
}
