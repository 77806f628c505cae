import "server-only";
import { permanentRedirect } from "next/navigation";
import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { isSlug } from "@/lib/validation/slug";
import { publishedOnly } from "./published";

/**
 * The current slug of the published item that once had `oldSlug`, or null. A redirect names the item rather than
 * the next slug, so a → b → c leads from a straight to c.
 */
export async function currentSlugFor(kind: CatalogItemKind, oldSlug: string): Promise<string | null> {
  if (!isSlug(oldSlug)) return null;
  const redirect = await db.catalogSlugRedirect.findUnique({ where: { kind_fromSlug: { kind, fromSlug: oldSlug } } });
  if (!redirect) return null;
  const where = { id: redirect.itemId, ...publishedOnly };
  const item =
    kind === "CLINIC"
      ? await db.clinic.findUnique({ where, select: { slug: true } })
      : await db.doctor.findUnique({ where, select: { slug: true } });
  return item && item.slug !== oldSlug ? item.slug : null;
}

/**
 * Publishing an item under a new slug keeps its old address answering: called in the publishing transaction. The
 * new slug stops being a redirect, so renaming back to an earlier slug works.
 */
export async function recordSlugRename(
  tx: Prisma.TransactionClient,
  kind: CatalogItemKind,
  itemId: string,
  fromSlug: string,
  toSlug: string,
) {
  if (fromSlug === toSlug) return;
  await releaseSlug(tx, kind, toSlug);
  await tx.catalogSlugRedirect.upsert({
    where: { kind_fromSlug: { kind, fromSlug } },
    create: { kind, fromSlug, itemId },
    update: { itemId, createdAt: new Date() },
  });
}

/** An item published under `slug` is its page: the slug stops redirecting to whichever item had it before. */
export async function releaseSlug(tx: Prisma.TransactionClient, kind: CatalogItemKind, slug: string) {
  await tx.catalogSlugRedirect.deleteMany({ where: { kind, fromSlug: slug } });
}

const sections = { CLINIC: "clinics", DOCTOR: "doctors" } satisfies Record<CatalogItemKind, string>;

/**
 * For a slug no published item has: a permanent redirect (308) to the same locale's address of the item renamed from
 * it, `suffix` kept (a page's share image). Returns when there is none, for the caller to answer 404.
 */
export async function redirectIfRenamed(kind: CatalogItemKind, slug: string, locale: Locale, suffix = "") {
  const current = await currentSlugFor(kind, slug);
  if (current) permanentRedirect(`/${locale}/${sections[kind]}/${current}${suffix}`);
}
