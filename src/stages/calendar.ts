/** Small calendar arithmetic on ISO day strings (UTC, no time zones): what the date normalizer needs. */

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDay = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const parseDay = (s: string): Day | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
};

const toUtc = (x: Day) => Date.UTC(x.y, x.m - 1, x.d);
const fromUtc = (t: number): Day => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
export const addDays = (x: Day, n: number): Day => fromUtc(toUtc(x) + n * 86_400_000);
/** 0 = Monday … 6 = Sunday. */
export const weekday = (x: Day): number => (new Date(toUtc(x)).getUTCDay() + 6) % 7;
export const compareDays = (a: Day, b: Day): number => toUtc(a) - toUtc(b);
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const isValidDay = (x: Day): boolean => x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= daysInMonth(x.y, x.m);

/** ISO 8601 week: `2026-W06`. */
export function isoWeek(x: Day): string {
  const thursday = addDays(x, 3 - weekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / 86_400_000 / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}
