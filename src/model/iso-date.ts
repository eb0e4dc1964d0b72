/**
 * Calendar dates in the YYYY-MM-DD form (such strings also compare correctly as text).
 * Every helper here is total: any input, however extreme (year 99999, NaN, Infinity,
 * 1e15 days), gives a value or "invalid", never an exception.
 */

/** Largest day count date arithmetic accepts: about 27 years, well past any review cycle. */
export const MAX_DAY_SPAN = 10_000;

/** True when `value` is a real date written as YYYY-MM-DD (2026-02-30 and 2023-14-05 are not). */
export function isIsoDate(value: unknown): value is string {
  // Read by character codes: a regular expression's match would make an array and three
  // strings per call, and a check judges every date of 50k items.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The number written in `text` from `start` to `end`, which must all be ASCII digits; else -1. */
function digits(text: string, start: number, end: number): number {
  let number = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * The date `days` days after `date` (negative goes back), or undefined when `date` is not a
 * real YYYY-MM-DD date, `days` is not a whole number within ±{@link MAX_DAY_SPAN}, or the
 * result falls outside the years 0000–9999.
 */
export function addDays(date: string, days: number): string | undefined {
  if (!isIsoDate(date) || !Number.isSafeInteger(days) || Math.abs(days) > MAX_DAY_SPAN) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const shifted = new Date(0);
  shifted.setUTCFullYear(year, month - 1, day + days);
  return isoOf(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined unless both are real dates. */
export function daysBetween(from: string, to: string): number | undefined {
  if (!isIsoDate(from) || !isIsoDate(to)) return undefined;
  return Math.round((utcMillis(to) - utcMillis(from)) / 86_400_000);
}

/** YYYY-MM-DD for a year, month (1–12) and day, or undefined when that is no real date in 0000–9999. */
export function isoOf(year: number, month: number, day: number): string | undefined {
  if (![year, month, day].every(Number.isInteger) || year < 0 || year > 9999) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function utcMillis(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
