import * as z from "./zod";
import { translationLocales } from "./catalog-content/fields";
import { slug } from "./slug";

/** A query-string value that is optional and ignored when malformed: a bad link should not become an error page. */
export const optionalQueryParam = <T extends z.ZodMiniType>(schema: T) =>
  z.catch(
    z.pipe(
      z.transform((value) => (Array.isArray(value) ? value[0] : value || undefined)),
      z.optional(schema),
    ),
    undefined,
  );

export const slugParam = optionalQueryParam(slug);

/** `?next=` on the sign-in page; checked against the admin area by lib/auth/return-path.ts before use. */
export const returnPathParam = optionalQueryParam(z.string().check(z.maxLength(500)));

/** `?translation=ru` on the catalog editor's pages: the translation to show or list. */
export const translationParam = optionalQueryParam(z.enum(translationLocales));
