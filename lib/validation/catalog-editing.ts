import { clinicContentSchema } from "./catalog-content/clinics";
import { doctorContentSchema } from "./catalog-content/doctors";
import { translationLocales } from "./catalog-content/fields";
import * as z from "./zod";

const rowId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "invalidId"));
const counter = z.coerce.number().check(z.int(), z.positive(), z.maximum(1_000_000));

/** A value the editor posts as JSON in one form field. */
const json = (maxLength: number) =>
  z.pipe(
    z.string().check(z.maxLength(maxLength)),
    z.transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.issues.push({ code: "custom", message: "invalidDocument", input: text });
        return z.NEVER;
      }
    }),
  );

/** Outdated translations the editor confirmed as still right (lib/catalog-editing/translation-status.ts). */
const confirmedTranslations = z.pipe(
  json(50_000),
  z.array(
    z.strictObject({
      block: z.string().check(z.maxLength(200)),
      locale: z.enum(translationLocales),
      field: z.string().check(z.maxLength(50)),
    }),
  ),
);

/** What the editor posts to save or publish an item: its position and the whole document, checked by `content`. */
const draftSchema = <Content extends z.ZodMiniType>(content: Content) =>
  z.strictObject({
    /** The published item; absent for a new one until its first publish. */
    itemId: z.optional(rowId),
    /** The editor's draft and its revision when it was loaded; absent until the first save. */
    draftId: z.optional(rowId),
    revision: z.optional(counter),
    /** The published version the editor started from. */
    baseVersion: z.optional(counter),
    /** The whole item, checked by the same schema the browser's form uses. */
    document: z.pipe(json(400_000), content),
    confirmedTranslations: z.optional(confirmedTranslations),
  });

export const clinicDraftSchema = draftSchema(clinicContentSchema);
export const doctorDraftSchema = draftSchema(doctorContentSchema);
export type ItemDraftInput = z.infer<typeof clinicDraftSchema> | z.infer<typeof doctorDraftSchema>;

export const restoreVersionSchema = z.strictObject({ itemId: rowId, number: counter, expectedLatest: counter });

/** Taking an item off the site (`published=false`) or putting it back, from the version the editor was shown. */
export const publicationSchema = z.strictObject({
  itemId: rowId,
  published: z.pipe(z.enum(["true", "false"]), z.transform((value) => value === "true")),
  expectedLatest: z.optional(counter),
});

/** Moving an item one place in the site's lists. */
export const moveSchema = z.strictObject({ itemId: rowId, direction: z.enum(["up", "down"]) });
