import * as z from "./zod";
import { slug } from "./slug";

/** A query-string value that is optional and ignored when malformed: a bad link should not become an error page. */
export const optionalQueryParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value || undefined), schema.optional()).catch(undefined);

export const slugParam = optionalQueryParam(slug);

/** `?next=` on the sign-in page; checked against the admin area by lib/auth/return-path.ts before use. */
export const returnPathParam = optionalQueryParam(z.string().max(500));
