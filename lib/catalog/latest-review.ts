/** The reviewed-on date shown on a list page: the most recent review of anything it lists (none for an empty list). */
export function latestReview(items: { reviewedOn: Date }[]): Date | null {
  if (items.length === 0) return null;
  return new Date(Math.max(...items.map((item) => item.reviewedOn.getTime())));
}
