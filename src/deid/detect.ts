import { GalenError } from '../errors/index.ts';
import type { Candidate, DetectOptions, PhiSpan } from './types.ts';
import { detectPatterns } from './detectors/patterns.ts';
import { detectDates } from './detectors/dates.ts';
import { detectAddresses } from './detectors/addresses.ts';
import { detectNames, detectPlaces } from './detectors/names.ts';
import { detectKnown } from './detectors/known.ts';

/** Notes longer than this are refused rather than processed partially (10 MiB of UTF-16 code units). */
export const defaultMaxLength = 10 * 1024 * 1024;

/** Tags written by `redact` ("[NAME]", "[DATE]"): text inside them is never PHI. */
const redactionTagRe = /\[(?:NAME|DATE|AGE|PHONE|FAX|EMAIL|SSN|MRN|ID|ADDRESS|LOCATION|ZIP|URL|IP)\]/g;

/**
 * Finds PHI in free text. Every detector proposes candidates; overlaps are resolved by priority
 * (identifier patterns over dates over cued names over dictionary guesses), then by length.
 * Returns non-overlapping spans sorted by start, with `text` equal to the covered slice.
 */
export function detectPhi(text: string, options: DetectOptions = {}): PhiSpan[] {
  if (typeof text !== 'string') throw new GalenError('invalid_input', 'text must be a string');
  const maxLength = options.maxLength ?? defaultMaxLength;
  if (text.length > maxLength) {
    throw new GalenError('payload_too_large', `note is ${text.length} characters; the limit is ${maxLength}`);
  }
  if (text.length === 0) return [];

  const candidates: Candidate[] = [
    ...detectPatterns(text),
    ...detectDates(text),
    ...detectAddresses(text),
    ...detectNames(text),
    ...detectPlaces(text),
    ...(options.known ? detectKnown(text, options.known) : []),
  ];
  return resolve(text, candidates);
}

function resolve(text: string, candidates: Candidate[]): PhiSpan[] {
  const blocked = new Uint8Array(text.length);
  redactionTagRe.lastIndex = 0;
  for (let m = redactionTagRe.exec(text); m; m = redactionTagRe.exec(text)) blocked.fill(1, m.index, m.index + m[0].length);

  candidates.sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: PhiSpan[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (blocked[i]) { free = false; break; }
    if (!free) continue;
    blocked.fill(1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, type: c.type, text: c.text });
  }
  kept.sort((a, b) => a.start - b.start);
  return mergeAdjacent(text, kept);
}

/** Joins neighbouring spans of the same type that one space or hyphen separates ("Ana" + "Lopez"). */
function mergeAdjacent(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === span.type && (span.type === 'NAME' || span.type === 'ADDRESS')) {
      const gap = text.slice(prev.end, span.start);
      if (/^[ -]?$/.test(gap)) {
        prev.end = span.end;
        prev.text = text.slice(prev.start, prev.end);
        continue;
      }
    }
    out.push({ ...span });
  }
  return out;
}

/** Decodes UTF-8 bytes, refusing invalid sequences rather than guessing (a replacement character could hide PHI boundaries). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new GalenError('invalid_encoding', 'input is not valid UTF-8', { cause: error });
  }
}
