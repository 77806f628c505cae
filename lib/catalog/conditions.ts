import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { figureInclude, toFigureGroups } from "./figures";
import { reviewerInclude, toReviewer } from "./reviewer";
import { inLocale, translated } from "./translation";
import { isSlug } from "@/lib/validation/slug";

export async function listConditions(locale: Locale) {
  const rows = await db.condition.findMany({
    orderBy: { sortOrder: "asc" },
    include: { translations: inLocale(locale), reviewer: reviewerInclude(locale) },
  });
  return rows.map((row) => ({
    slug: row.slug,
    reviewedOn: row.reviewedOn,
    reviewer: toReviewer(row.reviewer),
    ...pick(translated(row.translations, row.slug)),
  }));
}

function pick(text: { name: string; summary: string }) {
  return { name: text.name, summary: text.summary };
}

// Wrapped in React cache(): a page and its generateMetadata ask for the same item within one render.
export const getCondition = cache(async (slug: string, locale: Locale) => {
  if (!isSlug(slug)) return null;
  const row = await db.condition.findUnique({
    where: { slug },
    include: {
      translations: inLocale(locale),
      reviewer: reviewerInclude(locale),
      figures: figureInclude(locale),
      treatments: {
        orderBy: { sortOrder: "asc" },
        include: { treatment: { include: { translations: inLocale(locale) } } },
      },
    },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    reviewedOn: row.reviewedOn,
    reviewer: toReviewer(row.reviewer),
    ...translated(row.translations, row.slug),
    figureGroups: toFigureGroups(row.figures),
    treatments: row.treatments.map(({ treatment }) => ({
      slug: treatment.slug,
      ...pick(translated(treatment.translations, treatment.slug)),
    })),
  };
});

export type ConditionPage = NonNullable<Awaited<ReturnType<typeof getCondition>>>;
