import type { Reviewer } from "./reviewer";

type Reviewed = { reviewedOn: Date; reviewer: Reviewer | null };

/**
 * The review a list page shows: the most recent date among what it lists, and the reviewer only when one person
 * reviewed every item (naming one of several would claim more than they did). Nothing for an empty list.
 */
export function latestReview(items: Reviewed[]): { reviewedOn: Date | null; reviewer: Reviewer | null } {
  if (items.length === 0) return { reviewedOn: null, reviewer: null };
  const reviewedOn = new Date(Math.max(...items.map((item) => item.reviewedOn.getTime())));
  const [first] = items;
  const sameReviewer = items.every((item) => item.reviewer && item.reviewer.key === first!.reviewer?.key);
  return { reviewedOn, reviewer: sameReviewer ? first!.reviewer : null };
}
