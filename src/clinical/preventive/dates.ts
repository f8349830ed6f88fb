/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so results do not depend on the server's time zone. */
import { GalenError } from '../../errors/index.ts';

export function parseDate(value: string, field = 'date'): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new GalenError('invalid_input', `${field} must be a date as YYYY-MM-DD, got "${value}"`, { location: field });
  return date;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return result;
}

export function addYears(date: Date, years: number): Date {
  return addMonths(date, Math.round(years * 12));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Age in whole years on a date. */
export function ageOn(birthDate: Date, date: Date): number {
  let age = date.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday = date.getUTCMonth() < birthDate.getUTCMonth() || (date.getUTCMonth() === birthDate.getUTCMonth() && date.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
