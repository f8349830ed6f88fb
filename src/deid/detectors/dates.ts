import type { Candidate } from '../types.ts';
import { candidate, eachMatch } from './collect.ts';

/**
 * Dates in every common English and Spanish form. Safe Harbor removes every element of a date
 * except the year, so a month alone ("in March", "enero de 2007") is a date here, while a year alone
 * is not. Times ("0300", "14:30") are not dates, and a time written after a date ("03/14/2024 2:15 PM")
 * stays outside the date's span.
 */
export const datePriority = { full: 80, partial: 72, weak: 40 } as const;

const enMonth = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)`;
const esMonth = String.raw`(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)`;
const esMonthShort = String.raw`(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)`;
const ordinal = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?)`;
const weekday = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;

// A machine timestamp ("2015-12-22 04:34:22", "2015-12-22T04:34:22Z") is one value and stays whole;
// a clock time written after a date ("on 2021-11-22 at 9:55 AM") does not.
const isoRe = new RegExp(String.raw`(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/-])`, 'g');
const numericRe = new RegExp(String.raw`(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)`, 'g');
const monthYearNumRe = /(?<![\d/.-])(0?[1-9]|1[0-2])[/-](\d{4})(?![\d/-])/g;
const shortRe = /(?<![\d/.,-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/g;
const mdyRe = new RegExp(String.raw`\b(?:${weekday},?\s+)?${enMonth}\.?\s+${ordinal}\b(?:,?\s+\d{4}\b)?`, 'g');
const dmyRe = new RegExp(String.raw`\b(?:${weekday},?\s+)?(?:the\s+)?${ordinal}(?:\s+of)?\s+${enMonth}\b\.?(?:,?\s+\d{4}\b)?`, 'g');
// "13-OCT-2024", "27-Jul-93": day, month abbreviation and year joined by hyphens (laboratory and EHR stamps).
const dayMonHyphenRe = new RegExp(String.raw`(?<![\w-])\d{1,2}-${enMonth}-(?:\d{4}|\d{2})(?![\w-])`, 'g');
const monthYearRe = new RegExp(String.raw`\b${enMonth}\.?,?\s+(?:of\s+)?'?\d{4}\b|\b${enMonth}-\d{2,4}\b`, 'g');
const weekdayRe = new RegExp(String.raw`\b${weekday}(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)?`, 'g');
const ordinalCueRe = /\b(?:on|by|since|until|from|before|after|through|thru)\s+the\s+(\d{1,2}(?:st|nd|rd|th))\b/g;
const monthAloneRe = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g;
const mayRe = /\b(?:in|of|since|until|during|early|late|mid|last|next|this|by|from|through)[\s-]+May\b/g;
const holidayRe = /\b(?:Christmas(?: Day| Eve)?|Thanksgiving(?: Day)?|New Year'?s(?: Day| Eve)?|Easter(?: Sunday)?|Halloween|Independence Day|Memorial Day|Labor Day|Veterans Day|Nochebuena|Nochevieja|Navidad(?:es)?|Semana Santa|Reyes)\b/g;

const esDayMonthRe = new RegExp(String.raw`\b(?:(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\s+)?(?:d[ií]a\s+)?\d{1,2}\s*(?:de\s+|-|/|\s)${esMonth}\b(?:\s*(?:de(?:l)?\s+(?:año\s+)?|-|/|\s)\d{2,4}\b)?`, 'gi');
const esMonthYearRe = new RegExp(String.raw`\b${esMonth}\s*(?:(?:de(?:l)?\s+(?:año\s+)?)|-|\s)\s*\d{4}\b|\b${esMonth}-\d{2}\b|\b${esMonthShort}[-/]\d{2,4}\b`, 'gi');
const esMonthAloneRe = new RegExp(String.raw`\b${esMonth}\b`, 'gi');
const romanRe = /\b\d{1,2}[-/ ](?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[-/ ](?:\d{4}|\d{2})\b/g;

function validDayMonth(a: number, b: number): boolean {
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);
}

/** Words before or after "3/4" that make it a score, a fraction or a ratio rather than a date. */
const notShortDateBefore = /(?:grade|strength|power|score|apgar|murmur|gcs|pain|ratio|of|x|dose|doses|ecog|nyha|tanner|bp|ta|pa|g|p|gestaci[oó]n|fuerza|grado|puntuaci[oó]n)\s*[:=]?\s*$/i;
const notShortDateAfter = /^\s*(?:strength|murmur|pain|score|points?|of|in|times|veces|mmhg|mm|cm|dosis|tabs?|puffs?|\/|x|ml|mg|hpf|lpf|campos?|positive|negative|positivo|negativo|ganglios|nodes)/i;
/** Words after which "4/9" is a day of the year: when something happened, was done or is due. */
const shortDateCue = /\b(?:on|since|from|until|till|through|thru|by|before|after|dated|date|fecha|el|del|desde|hasta|due|dos|dob|seen|visit|admitted|discharged|ingreso|alta|began|begun|started|starting|beginning|onset|drawn|collected|obtained|performed|done|resulted|effective|expires?|expired)\s*:?\s*$/i;

export function detectDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, priority: number) => {
    const c = candidate(text, start, end, 'DATE', priority);
    if (c) out.push(c);
  };

  eachMatch(isoRe, text, (m) => {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) push(m.index, m.index + m[0].length, datePriority.full);
  });
  eachMatch(numericRe, text, (m) => {
    if (!validDayMonth(Number(m[1]), Number(m[3]))) return;
    // "1.2.10" is a version number; a dotted date needs a four-digit year.
    if (m[2] === '.' && m[4]!.length !== 4) return;
    push(m.index, m.index + m[0].length, datePriority.full);
  });
  eachMatch(monthYearNumRe, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (notShortDateBefore.test(before)) return;
    push(m.index, m.index + m[0].length, datePriority.partial);
  });
  eachMatch(shortRe, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!(a >= 1 && a <= 12 && b >= 1 && b <= 31) && !(a >= 1 && a <= 31 && b >= 1 && b <= 12)) return;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (notShortDateBefore.test(before) || notShortDateAfter.test(after)) return;
    const twoDigits = m[1]!.length === 2 || m[2]!.length === 2;
    if (!twoDigits && !shortDateCue.test(before)) return;
    if (b > 12 && a > 12) return;
    push(m.index, m.index + m[0].length, datePriority.partial);
  });
  eachMatch(mdyRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.full));
  eachMatch(dmyRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.full));
  eachMatch(dayMonHyphenRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.full));
  eachMatch(monthYearRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.partial));
  eachMatch(weekdayRe, text, (m) => push(m.index, m.index + m[0].length, m[0].includes(' ') ? datePriority.partial : datePriority.weak));
  eachMatch(ordinalCueRe, text, (m) => {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    push(s, s + m[1]!.length, datePriority.partial);
  });
  eachMatch(monthAloneRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.weak));
  eachMatch(mayRe, text, (m) => push(m.index + m[0].length - 3, m.index + m[0].length, datePriority.weak));
  eachMatch(holidayRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.weak));
  eachMatch(esDayMonthRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.full));
  eachMatch(esMonthYearRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.partial));
  eachMatch(esMonthAloneRe, text, (m) => {
    // Lower-case Spanish months inside English text are rare; "Mayo" capitalised mid-sentence is the clinic.
    if (/^Mayo$/.test(m[0]) && /\b(?:Clinic|Clínica)/.test(text.slice(m.index + 4, m.index + 16))) return;
    push(m.index, m.index + m[0].length, datePriority.weak);
  });
  eachMatch(romanRe, text, (m) => push(m.index, m.index + m[0].length, datePriority.full));
  return out;
}
