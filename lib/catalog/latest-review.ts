/** The reviewed-on date shown on a list page: the most recent review of anything it lists. */
export function latestReview(items: { reviewedOn: Date }[]): Date {
  return new Date(Math.max(0, ...items.map((item) => item.reviewedOn.getTime())));
}
