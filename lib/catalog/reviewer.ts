import type { Locale } from "@/lib/i18n/locales";
import { inLocale, translated } from "./translation";

/** The reviewer of a catalog page, with their name and qualification in the page's locale. */
export const reviewerInclude = (locale: Locale) => ({ include: { translations: inLocale(locale) } });

type ReviewerRow = {
  key: string;
  isFictionalSample: boolean;
  translations: { name: string; qualification: string }[];
};

export function toReviewer(row: ReviewerRow | null) {
  if (!row) return null;
  const { name, qualification } = translated(row.translations, `reviewer ${row.key}`);
  return { key: row.key, name, qualification, isFictionalSample: row.isFictionalSample };
}

export type Reviewer = NonNullable<ReturnType<typeof toReviewer>>;
