/**
 * Calendar arithmetic on whole days (UTC), so generated dates never depend on the machine's
 * time zone or clock.
 */
const msPerDay = 86_400_000;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD). */
export function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / msPerDay);
}

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function calendar(day: number): CalendarDate {
  const d = new Date(day * msPerDay);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDate(day: number): string {
  const { year, month, day: dom } = calendar(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
}

/** ISO date-time in UTC for a day plus minutes after midnight. */
export function isoDateTime(day: number, minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${isoDate(day)}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
}

/** Whole years between a birth day and another day (age on that day). */
export function ageOn(birthDay: number, day: number): number {
  const b = calendar(birthDay);
  const d = calendar(day);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age--;
  return age;
}

/** The same calendar day some years later (Feb 29 falls back to Feb 28). */
export function addYears(day: number, years: number): number {
  const c = calendar(day);
  const target = Date.UTC(c.year + years, c.month - 1, Math.min(c.day, c.month === 2 ? 28 : c.day));
  return Math.floor(target / msPerDay);
}

export function dayOfYear(year: number, month: number, dom: number): number {
  return Math.floor(Date.UTC(year, month - 1, dom) / msPerDay);
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(day: number): number {
  return new Date(day * msPerDay).getUTCDay();
}

/** Moves a weekend day to the next Monday (clinics see patients on weekdays). */
export function nextWeekday(day: number): number {
  const w = weekday(day);
  if (w === 6) return day + 2;
  if (w === 0) return day + 1;
  return day;
}
