import * as z from "../zod";
import { amount, contentKey, currencyCode, isoDay, languageCodes, line, outdatedTranslations, photo, reviewFields, searchSnippet, translatable, unpublished } from "./fields";
import { richText } from "./rich-text";

export const priceUnits = ["OPERATION", "PROCEDURE", "COURSE", "CYCLE", "SESSION", "PACKAGE"] as const;
export const serviceFeeModels = ["CLINIC_COMMISSION", "PATIENT_SERVICE_FEE", "NO_FEE"] as const;

export const clinicTextFields = ["name", "city", "summary", "metaDescription", "description", "photoAlt"] as const;
export const offerTextFields = ["includes", "excludes"] as const;

export const offerContentSchema = z
  .strictObject({
    treatment: contentKey,
    /** Price, currency and unit together, or none of them: the site then shows "price on request". */
    priceFrom: z.optional(amount),
    currency: z.optional(currencyCode),
    priceUnit: z.optional(z.enum(priceUnits)),
    /** The source key the price comes from; a price needs one. */
    priceSource: z.optional(contentKey),
    checkedOn: isoDay,
    text: translatable({ includes: richText(2000), excludes: richText(2000) }),
    translatedFrom: outdatedTranslations(offerTextFields),
  })
  .check(
    z.refine((offer) => [offer.currency, offer.priceUnit].every((field) => (field === undefined) === (offer.priceFrom === undefined)), {
      message: "priceFrom, currency and priceUnit are set together or not at all",
      path: ["priceFrom"],
    }),
    z.refine((offer) => (offer.priceSource === undefined) === (offer.priceFrom === undefined), {
      message: "a price needs its priceSource, and a priceSource needs a price",
      path: ["priceSource"],
    }),
  );

export const clinicContentSchema = z
  .strictObject({
    slug: contentKey,
    countryCode: z.string().check(z.regex(/^[A-Z]{2}$/, "country: ISO 3166 code in capitals")),
    isDemo: z.boolean(),
    unpublished,
    accreditations: z.array(line(200)),
    languages: languageCodes,
    serviceFeeModel: z.enum(serviceFeeModels),
    /** A PATIENT_SERVICE_FEE clinic's coordination fee, only where a source states it (else "amount on request"). */
    serviceFee: z.optional(z.strictObject({ min: amount, max: amount, currency: currencyCode })),
    foundedYear: z.optional(z.int().check(z.minimum(1800), z.maximum(2100))),
    photo: z.optional(photo),
    ...reviewFields,
    offers: z.array(offerContentSchema),
    text: translatable({
      name: line(200),
      city: line(100),
      summary: line(600),
      metaDescription: searchSnippet,
      description: richText(20_000),
      photoAlt: z.optional(line(300)),
    }),
    translatedFrom: outdatedTranslations(clinicTextFields),
  })
  .check(
    z.refine((clinic) => !clinic.serviceFee || clinic.serviceFeeModel === "PATIENT_SERVICE_FEE", {
      message: "only a PATIENT_SERVICE_FEE clinic has a serviceFee",
      path: ["serviceFee"],
    }),
    z.refine((clinic) => !clinic.serviceFee || clinic.serviceFee.min <= clinic.serviceFee.max, {
      message: "min above max",
      path: ["serviceFee", "min"],
    }),
  );

export type OfferContent = z.infer<typeof offerContentSchema>;
export type ClinicContent = z.infer<typeof clinicContentSchema>;
