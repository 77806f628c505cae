import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind, Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { signalPagesChanged } from "@/lib/page-refresh";

export type MoveOutcome = { result: "moved"; position: number } | { result: "unchanged"; position: number } | "gone";

type Placed = { id: string; sortOrder: number };

/**
 * Every item of the kind in list order, its rows locked until the transaction ends so two moves at once take turns.
 * Rows are locked in id order, which no move changes (locking in list order could deadlock two moves), and with the
 * lock an UPDATE of sortOrder takes itself, which does not block inserts that reference the rows.
 */
async function lockedOrder(tx: Prisma.TransactionClient, kind: CatalogItemKind) {
  const rows =
    kind === "CLINIC"
      ? await tx.$queryRaw<Placed[]>`SELECT "id", "sortOrder" FROM "Clinic" ORDER BY "id" FOR NO KEY UPDATE`
      : await tx.$queryRaw<Placed[]>`SELECT "id", "sortOrder" FROM "Doctor" ORDER BY "id" FOR NO KEY UPDATE`;
  return rows.toSorted((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1));
}

/**
 * Moves a clinic or doctor one place up or down in the site's lists (and the content file's order), relative to where
 * its neighbours are now. The whole kind is renumbered 0…n-1 in one transaction and every instance refreshes its pages.
 */
export async function moveItem(kind: CatalogItemKind, actorId: string, input: { itemId: string; direction: "up" | "down" }): Promise<MoveOutcome> {
  const outcome = await db.$transaction(async (tx): Promise<MoveOutcome> => {
    const order = await lockedOrder(tx, kind);
    const from = order.findIndex((item) => item.id === input.itemId);
    if (from === -1) return "gone";
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { result: "unchanged", position: from + 1 };
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [sortOrder, item] of order.entries()) {
      if (item.sortOrder === sortOrder) continue;
      const change = { where: { id: item.id }, data: { sortOrder } };
      await (kind === "CLINIC" ? tx.clinic.update(change) : tx.doctor.update(change));
    }
    await signalPagesChanged(tx);
    return { result: "moved", position: to + 1 };
  });
  // The order is not part of an item's document, so it has no version: the log says who changed it.
  if (outcome !== "gone" && outcome.result === "moved") logger.info({ kind, itemId: input.itemId, position: outcome.position, actorId }, "Catalog order changed");
  return outcome;
}
