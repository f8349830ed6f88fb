import type { PhiSpan, PhiType } from './types.ts';
import type { PatientKey } from './keys.ts';
import { surrogateFor } from './surrogates.ts';
import { parseDate, shiftParsed } from './shift.ts';

/**
 * Profiles: `safe-harbor` keeps only the year of a date, collapses ages over 89 and cuts ZIP codes to
 * their first three digits (000 for the sparsely populated areas). `shifted` moves each patient's
 * dates by that patient's random offset, keeping the intervals between their events; it is meant for
 * research under an expert determination or a data use agreement and is NOT Safe Harbor.
 */
export const profiles = ['safe-harbor', 'shifted'] as const;
export type Profile = (typeof profiles)[number];

export const profileDescriptions: Record<Profile, string> = {
  'safe-harbor': 'HIPAA Safe Harbor (45 CFR 164.514(b)(2)): identifiers removed or replaced, dates reduced to the year, ages over 89 collapsed, ZIP codes cut to 3 digits',
  shifted: 'Dates shifted by a random per-patient offset (intervals kept). NOT Safe Harbor: for use under an expert determination or a data use agreement only',
};

/** How text PHI is written out: typed tags ("[NAME]") or realistic surrogates. */
export type TextMode = 'redact' | 'surrogate';

/**
 * Three-digit ZIP areas with 20,000 or fewer people (2000 Census), listed in HHS's guidance on
 * de-identification (OCR, 2012): Safe Harbor output writes them as 000.
 */
export const restrictedZip3: ReadonlySet<string> = new Set(['036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893']);

/** The first three digits of a US ZIP code, or 000 for a restricted area; null when it is not a 5-digit ZIP. */
export function zip3(zip: string): string | null {
  const m = /^\s*(\d{3})\d{2}(?:-?\d{4})?\s*$/.exec(zip);
  if (!m) return null;
  return restrictedZip3.has(m[1]!) ? '000' : m[1]!;
}

/** Writes an age over 89 as the Safe Harbor category. */
export const agesOver89 = '90 or older';

export interface TransformOptions {
  profile: Profile;
  mode: TextMode;
  /** Needed for surrogates and shifts; redaction under safe-harbor needs none. */
  key?: PatientKey;
  /** How ambiguous numeric dates read (03/04/2024): US month-first or day-first. */
  dateOrder?: 'mdy' | 'dmy';
  /** Words of real names (see `nameWords`) that a surrogate name must not be. */
  avoidNames?: ReadonlySet<string>;
}

export interface TransformResult {
  text: string;
  /** Where each replacement landed in the output text, with its type. */
  replaced: Array<{ start: number; end: number; type: PhiType }>;
}

/** The age category when a unit follows the number ("95-year-old", "92 y/o", "93 años"): "90+" reads on. */
export const agesOver89Short = '90+';
const ageUnitAfterRe = /^\s*-?\s*(?:years?|yrs?|y\/o|y\.o\.|yo|a[ñn]os|aa)\b|^-year/i;

/**
 * The replacement for one span under the options. `after` is the text that follows the span, so an
 * age written before its unit becomes "90+ y/o" rather than "90 or older y/o".
 */
export function replacementFor(span: PhiSpan, options: TransformOptions, after = ''): string {
  const tag = `[${span.type}]`;
  switch (span.type) {
    case 'AGE':
      return ageUnitAfterRe.test(after) ? agesOver89Short : agesOver89;
    case 'ZIP': {
      const three = zip3(span.text);
      return three ?? tag;
    }
    case 'DATE': {
      const parsed = parseDate(span.text, options.dateOrder);
      if (options.profile === 'shifted') {
        if (!options.key) throw new Error('the shifted profile needs a patient key');
        return parsed ? shiftParsed(parsed, options.key.dateOffsetDays) : tag;
      }
      // Safe Harbor keeps the year and nothing else.
      return parsed?.year !== undefined ? String(parsed.year) : tag;
    }
    default:
      if (options.mode === 'redact') return tag;
      if (!options.key) throw new Error('surrogates need a patient key');
      return surrogateFor(options.key.secret, span.type, span.text, options.avoidNames);
  }
}

/** Applies the profile to `text` given the PHI spans found in it (non-overlapping, as detectPhi returns). */
export function transformText(text: string, spans: PhiSpan[], options: TransformOptions): TransformResult {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const replaced: TransformResult['replaced'] = [];
  for (const span of sorted) {
    if (span.start < at) continue;
    out += text.slice(at, span.start);
    const value = replacementFor(span, options, text.slice(span.end, span.end + 12));
    replaced.push({ start: out.length, end: out.length + value.length, type: span.type });
    out += value;
    at = span.end;
  }
  out += text.slice(at);
  return { text: out, replaced };
}

/** Replaces every span with its typed tag ("[NAME]", "[DATE]"), keeping not even the year: the most conservative output. */
export function redactText(text: string, spans: PhiSpan[]): TransformResult {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const replaced: TransformResult['replaced'] = [];
  for (const span of sorted) {
    if (span.start < at) continue;
    out += text.slice(at, span.start);
    const tag = `[${span.type}]`;
    replaced.push({ start: out.length, end: out.length + tag.length, type: span.type });
    out += tag;
    at = span.end;
  }
  return { text: out + text.slice(at), replaced };
}
