/** Calendar dates as the project exchanges them: YYYY-MM-DD strings of real days. */

/** True when year, month (1-12) and day name a real calendar day (no 2025-02-29). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when `value` is YYYY-MM-DD and names a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** YYYYMMDD (ATHENA) or YYYY-MM-DD (CSV exports) to YYYY-MM-DD; undefined when not a real day. */
export function normalizeVocabularyDate(value: string): string | undefined {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** Today's date in UTC, the default day of every `validOn`/`asOf` argument. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
