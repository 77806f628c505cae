const dayInMs = 86_400_000;
const utcDay = (moment: Date) => Math.floor(moment.getTime() / dayInMs);

/** Whole calendar days (UTC, as `checkedOn` is stored) from the day a price was checked to `now`. */
export function daysSince(checkedOn: Date, now: Date): number {
  return utcDay(now) - utcDay(checkedOn);
}

/** Prices checked before this day are stale: one checked exactly `staleAfterDays` days ago is still fresh. */
export function staleBefore(now: Date, staleAfterDays: number): Date {
  return new Date((utcDay(now) - staleAfterDays) * dayInMs);
}

export function isPriceStale(checkedOn: Date, now: Date, staleAfterDays: number): boolean {
  return checkedOn < staleBefore(now, staleAfterDays);
}
