/**
 * FHIR date, dateTime and instant values as inclusive millisecond ranges. A value covers the whole
 * span of its precision: "2024" is all of 2024, "2024-03-14" all of that day. Values without a
 * time zone are read as UTC.
 */
export interface DateRange {
  lo: number;
  hi: number;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export function parseDateRange(value: string): DateRange | undefined {
  const m = pattern.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, tz] = m;
  const year = Number(y);
  if (mo === undefined) return { lo: Date.UTC(year, 0, 1), hi: Date.UTC(year + 1, 0, 1) - 1 };
  const month = Number(mo) - 1;
  if (month < 0 || month > 11) return undefined;
  if (d === undefined) return { lo: Date.UTC(year, month, 1), hi: Date.UTC(year, month + 1, 1) - 1 };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  if (h === undefined) return { lo: Date.UTC(year, month, day), hi: Date.UTC(year, month, day + 1) - 1 };
  const hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59) return undefined;
  const offsetMs = tz && tz !== 'Z' ? (tz.startsWith('-') ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60_000 : 0;
  if (s === undefined) {
    const lo = Date.UTC(year, month, day, hour, minute) - offsetMs;
    return { lo, hi: lo + 60_000 - 1 };
  }
  const second = Number(s);
  if (second > 60) return undefined;
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const lo = Date.UTC(year, month, day, hour, minute, second, ms) - offsetMs;
  return { lo, hi: frac ? lo : lo + 999 };
}

/** The range covered by a FHIR Period (an open end runs to the end of time or from its start). */
export function periodRange(period: { start?: string; end?: string }): DateRange | undefined {
  const start = period.start ? parseDateRange(period.start) : undefined;
  const end = period.end ? parseDateRange(period.end) : undefined;
  if (!start && !end) return undefined;
  return { lo: start ? start.lo : -8.64e15, hi: end ? end.hi : 8.64e15 };
}

export const fhirDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const fhirDateTimePattern =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/;
