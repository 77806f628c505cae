export interface WorkingHours {
  /** IANA zone of the service, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Per ISO weekday 1 (Monday) … 7 (Sunday): opening intervals as "HH:MM" local times, [] = closed. */
  week: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, { start: string; end: string }[]>;
}

type IsoWeekday = keyof WorkingHours["week"];

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Every weekday recurs within this window, so finding no room here means the hours can never satisfy the target. */
const MAX_SCAN_DAYS = 14;

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** Local wall-clock time of an instant in `timeZone`, as if that wall time were UTC (milliseconds dropped). */
function wallClockMs(instantMs: number, timeZone: string): number {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    // h23 because some engines render midnight as "24" with hour12: false.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/**
 * The local calendar date of an instant, as the UTC midnight of that date: day arithmetic becomes plain
 * addition of DAY_MS, free of DST.
 */
function localDay(instantMs: number, timeZone: string): number {
  const wall = wallClockMs(instantMs, timeZone);
  return wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
}

function offsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000;
}

/** UTC instant of a local wall time (given as if it were UTC). */
function localToUtc(wallMs: number, timeZone: string): number {
  // The offset at the naive guess can be the wrong side of a DST change; re-reading it at the first result fixes
  // that. A wall time skipped by spring-forward lands just after the gap, so an interval spanning it is an hour shorter.
  const firstGuess = wallMs - offsetMs(wallMs, timeZone);
  return wallMs - offsetMs(firstGuess, timeZone);
}

function minuteOfDay(hhmm: string): number {
  const match = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/.exec(hhmm);
  if (!match) throw new RangeError(`Invalid working-hours time "${hhmm}", expected "HH:MM" (00:00–24:00)`);
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The promised first-contact time: `responseMinutes` of WORKING time after `receivedAt`.
 * A request received outside working hours starts counting at the next opening; working time that runs past
 * closing continues at the next opening. Returns a UTC Date.
 */
export function computeRespondBy(receivedAt: Date, hours: WorkingHours, responseMinutes: number): Date {
  const received = receivedAt.getTime();
  const fallback = new Date(received + Math.max(0, responseMinutes) * MINUTE_MS);
  if (!(responseMinutes > 0)) return fallback;

  const { timeZone } = hours;
  let remaining = responseMinutes * MINUTE_MS;
  let cursor = received;
  const firstDay = localDay(received, timeZone);
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    const day = firstDay + i * DAY_MS;
    const weekday = (new Date(day).getUTCDay() || 7) as IsoWeekday;
    const intervals = hours.week[weekday]
      .map(({ start, end }) => [minuteOfDay(start), minuteOfDay(end)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [open, close] of intervals) {
      // max() with the cursor also keeps overlapping intervals from counting the same time twice.
      const from = Math.max(cursor, localToUtc(day + open * MINUTE_MS, timeZone));
      const to = localToUtc(day + close * MINUTE_MS, timeZone);
      if (to <= from) continue;
      if (remaining <= to - from) return new Date(from + remaining);
      remaining -= to - from;
      cursor = to;
    }
  }
  return fallback;
}

/** "14:30" style local time and whether it is today/tomorrow/another day, in the VISITOR's time zone and locale. */
export function describeRespondBy(
  respondBy: Date,
  visitorTimeZone: string,
  locale: string,
  now: Date,
): { time: string; day: "today" | "tomorrow" | "later"; date: string } {
  const timeZone = visitorTimeZone;
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(respondBy);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone }).format(respondBy);
  const daysAhead = (localDay(respondBy.getTime(), timeZone) - localDay(now.getTime(), timeZone)) / DAY_MS;
  return { time, day: daysAhead === 0 ? "today" : daysAhead === 1 ? "tomorrow" : "later", date };
}
