// Calendar arithmetic for the date finder: UTC only, so results never depend on the machine's
// time zone, and never on the clock.

const DAY_MS = 86_400_000;

/** How far after publication a year-less date may fall: a notice can announce an event weeks ahead. */
export const FUTURE_DAYS_MONTH_DAY = 60;
/** Day-only dates (15日) refer to the last few days; a week ahead at most. */
export const FUTURE_DAYS_DAY_ONLY = 7;

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;

export const isPlausibleYear = (y: number): boolean => Number.isInteger(y) && y >= 1900 && y <= 2100;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Counted, not asked of Date (an object per call): every date candidate is checked. Date
  // stays for what the table does not cover (years 0..99 mean 1900..1999 to Date.UTC).
  if (!Number.isInteger(year) || year < 100 || !Number.isInteger(month) || month < 1 || month > 12) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return isPlausibleYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A YYYY-MM-DD string as a UTC day number, or null when it is not one. */
export function dayNumber(iso: string): number | null {
  // An article's publication date is asked for with every date in it: the last answer is kept.
  if (iso === lastIso) return lastDay;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  let day: number | null = null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    day = isValidDate(y, mo, d) ? Date.UTC(y, mo - 1, d) / DAY_MS : null;
  }
  lastIso = iso;
  lastDay = day;
  return day;
}

let lastIso: string | null = null;
let lastDay: number | null = null;

const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/**
 * The year of a month/day printed without one: the latest year that puts it no more than
 * `FUTURE_DAYS_MONTH_DAY` after publication. Published 2022-01-05, 12月28日 is 2021-12-28;
 * published 2021-12-30, 1月3日 is 2022-01-03 (four days ahead).
 */
export function yearForMonthDay(published: string, month: number, day: number): number | null {
  const p = dayNumber(published);
  if (p === null) return null;
  const pubYear = Number(published.slice(0, 4));
  for (const y of [pubYear + 1, pubYear, pubYear - 1]) {
    if (isValidDate(y, month, day) && dayOf(y, month, day) <= p + FUTURE_DAYS_MONTH_DAY) return y;
  }
  return null;
}

/**
 * The year and month of a day printed alone (15日): the latest month that puts it no more than
 * `FUTURE_DAYS_DAY_ONLY` after publication, skipping months without that day.
 */
export function monthForDay(published: string, day: number): { year: number; month: number } | null {
  const p = dayNumber(published);
  if (p === null) return null;
  let y = Number(published.slice(0, 4));
  let m = Number(published.slice(5, 7)) + 1;
  if (m === 13) [y, m] = [y + 1, 1];
  for (let k = 0; k < 4; k++) {
    if (isValidDate(y, m, day) && dayOf(y, m, day) <= p + FUTURE_DAYS_DAY_ONLY) return { year: y, month: m };
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  return null;
}

/** Whether a day lies in the year before publication up to the future allowance. */
export function isNearPublication(iso: string, published: string): boolean {
  const d = dayNumber(iso);
  const p = dayNumber(published);
  return d !== null && p !== null && d > p - 366 && d <= p + FUTURE_DAYS_MONTH_DAY;
}
