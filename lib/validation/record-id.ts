import * as z from "./zod";

/**
 * The id of a row (Prisma's cuid, better-auth's ids) as it arrives in a form, a URL or a route: only the characters
 * ids are made of, so a crafted one is refused before it reaches a query or a log line.
 */
export const recordId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "invalid"));

export const isRecordId = (value: string) => recordId.safeParse(value).success;
