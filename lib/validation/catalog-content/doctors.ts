import * as z from "../zod";
import { contentKey, languageCodes, line, outdatedTranslations, photo, reviewFields, searchSnippet, translatable, unpublished } from "./fields";
import { richText } from "./rich-text";

/** Each has a name in messages/*.json ("Specialties"). */
export const specialties = [
  "hepatobiliary-surgery",
  "transplant-surgery",
  "interventional-radiology",
  "radiation-oncology",
  "medical-oncology",
  "palliative-medicine",
] as const;

export const doctorTextFields = ["name", "title", "metaDescription", "bio", "photoAlt"] as const;

export const doctorContentSchema = z.strictObject({
  slug: contentKey,
  specialty: z.enum(specialties),
  languages: languageCodes,
  yearsOfExperience: z.int().check(z.minimum(0), z.maximum(70)),
  isDemo: z.boolean(),
  unpublished,
  photo: z.optional(photo),
  ...reviewFields,
  /** Clinic slugs: where the doctor works (at least one). */
  clinics: z.array(contentKey).check(z.minLength(1, "at least one clinic")),
  treatments: z.array(contentKey),
  text: translatable({
    name: line(200),
    title: line(200),
    metaDescription: searchSnippet,
    bio: richText(20_000),
    photoAlt: z.optional(line(300)),
  }),
  translatedFrom: outdatedTranslations(doctorTextFields),
});

export type DoctorContent = z.infer<typeof doctorContentSchema>;
