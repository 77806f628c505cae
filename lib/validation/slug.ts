import * as z from "./zod";

/** A catalog slug (`y90-radioembolization`): English, lowercase, shared by every locale. */
export const slug = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/, "invalid"));

export const isSlug = (value: string) => slug.safeParse(value).success;
