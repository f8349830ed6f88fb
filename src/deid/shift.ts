/**
 * Parsing and rewriting of the date forms the detector finds, so the `shifted` profile can move a
 * date by the patient's offset and write it back in the same form, and `safe-harbor` can keep only
 * the year. A date that cannot be parsed is redacted rather than guessed.
 */
export interface ParsedDate {
  year?: number;
  month: number;
  day?: number;
  /** Writes a date of the same shape. */
  format(year: number | undefined, month: number, day: number | undefined): string;
}

const enMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const esMonths = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

function monthIndex(word: string): { index: number; spanish: boolean; short: boolean } | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'setiembre') return { index: 8, spanish: true, short: false };
  for (let i = 0; i < 12; i++) {
    if (enMonths[i] === w) return { index: i, spanish: false, short: false };
    if (esMonths[i] === w) return { index: i, spanish: true, short: false };
  }
  for (let i = 0; i < 12; i++) {
    if (w.length >= 3 && enMonths[i]!.startsWith(w)) return { index: i, spanish: false, short: true };
    if (w.length >= 3 && esMonths[i]!.startsWith(w)) return { index: i, spanish: true, short: true };
  }
  if (w === 'sept') return { index: 8, spanish: false, short: true };
  return null;
}

function monthName(index: number, like: string, spanish: boolean, short: boolean): string {
  let name = (spanish ? esMonths : enMonths)[index]!;
  if (short) name = name.slice(0, 3);
  if (like === like.toUpperCase()) return name.toUpperCase();
  if (/^\p{Lu}/u.test(like)) return name[0]!.toUpperCase() + name.slice(1);
  return name;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const fullYear = (y: string) => (y.length === 2 ? (Number(y) > 30 ? 1900 : 2000) + Number(y) : Number(y));

/**
 * Parses a detected date. `order` settles 03/04/2024: 'mdy' (US) or 'dmy' (Spain and most of the world);
 * an impossible month (13+) decides by itself.
 */
export function parseDate(text: string, order: 'mdy' | 'dmy' = 'mdy'): ParsedDate | null {
  const t = text.trim();
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/.exec(t);
  if (m) {
    const [, y, sep, mo, d, rest] = m;
    return { year: Number(y), month: Number(mo), day: Number(d), format: (yy, mm, dd) => `${pad(yy!, 4)}${sep}${pad(mm, mo!.length)}${sep}${pad(dd!, d!.length)}${rest}` };
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(.*)$/.exec(t);
  if (m) {
    const [, a, sep, b, y, rest] = m;
    let dmy = order === 'dmy';
    if (Number(a) > 12) dmy = true;
    else if (Number(b) > 12) dmy = false;
    const month = dmy ? Number(b) : Number(a);
    const day = dmy ? Number(a) : Number(b);
    return {
      year: fullYear(y!), month, day,
      format: (yy, mm, dd) => {
        const ys = y!.length === 2 ? pad(yy! % 100, 2) : pad(yy!, 4);
        const first = dmy ? pad(dd!, a!.length) : pad(mm, a!.length);
        const second = dmy ? pad(mm, b!.length) : pad(dd!, b!.length);
        return `${first}${sep}${second}${sep}${ys}${rest}`;
      },
    };
  }
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) {
    const [, a, b] = m;
    const dmy = Number(a) > 12 || (order === 'dmy' && Number(b) <= 12);
    return { month: dmy ? Number(b) : Number(a), day: dmy ? Number(a) : Number(b), format: (_y, mm, dd) => (dmy ? `${dd}/${mm}` : `${mm}/${dd}`) };
  }
  m = /^(0?[1-9]|1[0-2])[/-](\d{4})$/.exec(t);
  if (m) {
    const [, mo, y] = m;
    const sep = t.includes('/') ? '/' : '-';
    return { year: Number(y), month: Number(mo), format: (yy, mm) => `${pad(mm, mo!.length)}${sep}${yy}` };
  }
  // "March 14, 2024", "Nov 3", "March 2024", "Mar-2024"
  m = /^([A-Za-z]+\.?)(?:\s+(\d{1,2})(st|nd|rd|th)?)?(,?\s+|-)?(\d{4})?$/.exec(t);
  if (m && monthIndex(m[1]!)) {
    const info = monthIndex(m[1]!)!;
    const [, word, d, suffix, sep, y] = m;
    if (!d && !y) return { month: info.index + 1, format: (_yy, mm) => monthName(mm - 1, word!, info.spanish, info.short) };
    return {
      year: y ? Number(y) : undefined, month: info.index + 1, day: d ? Number(d) : undefined,
      format: (yy, mm, dd) => {
        let out = monthName(mm - 1, word!, info.spanish, info.short) + (word!.endsWith('.') ? '.' : '');
        if (dd !== undefined && d) out += ` ${dd}${suffix ? ordinalSuffix(dd) : ''}`;
        if (y) out += `${sep ?? ' '}${yy}`;
        return out;
      },
    };
  }
  // "14 Mar 2024", "14th of March", "3 de abril de 2019", "abril de 2019"
  m = /^(?:the\s+)?(\d{1,2})(st|nd|rd|th)?(\s+(?:of|de)\s+|\s+|-)([A-Za-zé]+\.?)(?:(,?\s+(?:del?\s+)?|-)(\d{4}|\d{2}))?$/i.exec(t);
  if (m && monthIndex(m[4]!)) {
    const info = monthIndex(m[4]!)!;
    const [, d, suffix, mid, word, sep, y] = m;
    const the = /^the\s+/i.test(t) ? t.slice(0, 4) : '';
    return {
      year: y ? fullYear(y) : undefined, month: info.index + 1, day: Number(d),
      format: (yy, mm, dd) => `${the}${dd}${suffix ? ordinalSuffix(dd!) : ''}${mid}${monthName(mm - 1, word!, info.spanish, info.short)}${y ? `${sep}${y.length === 2 ? pad(yy! % 100, 2) : yy}` : ''}`,
    };
  }
  m = /^([A-Za-zé]+)(\s+(?:del?\s+)?(?:año\s+)?|-)(\d{4}|\d{2})$/i.exec(t);
  if (m && monthIndex(m[1]!)) {
    const info = monthIndex(m[1]!)!;
    const [, word, sep, y] = m;
    return { year: fullYear(y!), month: info.index + 1, format: (yy, mm) => `${monthName(mm - 1, word!, info.spanish, info.short)}${sep}${y!.length === 2 ? pad(yy! % 100, 2) : yy}` };
  }
  return null;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Moves a parsed date by `days`, keeping its shape; a date without a day moves by whole months. */
export function shiftParsed(parsed: ParsedDate, days: number): string {
  // A missing year is placed in a non-leap year so the shift never invents 29 February.
  const baseYear = parsed.year ?? 2001;
  if (parsed.day === undefined) {
    const months = Math.round(days / 30.44);
    const total = baseYear * 12 + (parsed.month - 1) + months;
    return parsed.format(parsed.year === undefined ? undefined : Math.floor(total / 12), (total % 12) + 1, undefined);
  }
  const date = new Date(Date.UTC(baseYear, parsed.month - 1, parsed.day));
  date.setUTCDate(date.getUTCDate() + days);
  return parsed.format(parsed.year === undefined ? undefined : date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Shifts a FHIR date, dateTime or instant string by whole days, keeping its precision and time. */
export function shiftFhirDate(value: string, days: number): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(.*))?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d, rest] = m;
  if (!mo) return value; // a year alone carries no date element to move
  if (!d) {
    const total = Number(y) * 12 + Number(mo) - 1 + Math.round(days / 30.44);
    return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1, 2)}`;
  }
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  date.setUTCDate(date.getUTCDate() + days);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}${rest ?? ''}`;
}
