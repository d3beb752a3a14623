// Calendar dates as the brief writes them (YYYY, YYYY-MM, YYYY-MM-DD): real days in any year 0001-9999, and why not when they are not.

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of the Gregorian calendar, as ISO 8601 counts it for every year (no JavaScript Date: it reads years 0–99 as 1900–1999). */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why y-m-d (m and d optional) names no real day or month, in words; undefined when it does. Years run from 0001 to 9999. */
export function notARealDate(text: string, pattern: RegExp = PARTIAL_DATE): string | undefined {
  const m = pattern.exec(text);
  if (!m) return 'not a date';
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (year === 0) return 'there is no year 0000; years run from 0001 to 9999';
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${m[1]} has ${days} days`;
  return undefined;
}

/** True when y-m-d (m and d optional) names a real calendar day or month. */
export function isRealDate(text: string, pattern: RegExp = PARTIAL_DATE): boolean {
  return notARealDate(text, pattern) === undefined;
}
