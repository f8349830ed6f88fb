/**
 * The many ways dates and phone numbers appear in clinical notes. Each function returns the
 * surface text only; callers wrap it as PHI.
 */
import { calendar } from '../dates.ts';
import type { Rng } from '../random.ts';
import type { PhoneNumber } from '../contact-details.ts';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthAbbr = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type DateStyle = 'mdy' | 'mdyShort' | 'iso' | 'long' | 'dayMonthYear' | 'monthDay' | 'ordinal' | 'slashMonthDay' | 'abbrDot' | 'dashed' | 'monthYear';

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function formatDate(day: number, style: DateStyle): string {
  const { year, month, day: d } = calendar(day);
  const mm = String(month).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  switch (style) {
    case 'mdy':
      return `${mm}/${dd}/${year}`;
    case 'mdyShort':
      return `${month}/${d}/${String(year).slice(2)}`;
    case 'iso':
      return `${year}-${mm}-${dd}`;
    case 'long':
      return `${monthNames[month - 1]} ${d}, ${year}`;
    case 'dayMonthYear':
      return `${d} ${monthAbbr[month - 1]} ${year}`;
    case 'monthDay':
      return `${monthAbbr[month - 1]} ${d}`;
    case 'ordinal':
      return `${ordinal(d)} of ${monthNames[month - 1]}`;
    case 'slashMonthDay':
      return `${month}/${d}`;
    case 'abbrDot':
      return `${monthAbbr[month - 1]}${month === 5 ? '' : '.'} ${d}, ${year}`;
    case 'dashed':
      return `${dd}-${monthAbbr[month - 1].toUpperCase()}-${year}`;
    case 'monthYear':
      return `${monthNames[month - 1]} ${year}`;
  }
}

/** Styles that name a full date, for headers and formal letters. */
export const fullDateStyles: readonly DateStyle[] = ['mdy', 'mdy', 'mdy', 'mdyShort', 'iso', 'long', 'long', 'dayMonthYear', 'abbrDot', 'dashed'];
/** Styles seen in running text, including partial dates. */
export const proseDateStyles: readonly DateStyle[] = ['mdy', 'mdyShort', 'long', 'monthDay', 'monthDay', 'ordinal', 'slashMonthDay', 'dayMonthYear', 'monthYear', 'iso'];

export function drawDateStyle(rng: Rng, styles: readonly DateStyle[]): DateStyle {
  return rng.pick(styles);
}

export function formatPhone(p: PhoneNumber, rng: Rng): string {
  return rng.weighted([
    { value: `(${p.area}) ${p.exchange}-${p.line}`, weight: 4 },
    { value: `${p.area}-${p.exchange}-${p.line}`, weight: 4 },
    { value: `${p.area}.${p.exchange}.${p.line}`, weight: 1.5 },
    { value: `${p.area}${p.exchange}${p.line}`, weight: 1 },
    { value: `+1 ${p.area} ${p.exchange} ${p.line}`, weight: 0.7 },
    { value: `1-${p.area}-${p.exchange}-${p.line}`, weight: 0.7 },
    { value: `${p.area} ${p.exchange} ${p.line}`, weight: 0.7 },
  ]);
}

export { monthNames };
