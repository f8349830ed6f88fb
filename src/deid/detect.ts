import { GalenError } from '../errors/index.ts';
import type { Candidate, DetectOptions, PhiSpan } from './types.ts';
import { detectPatterns } from './detectors/patterns.ts';
import { detectDates } from './detectors/dates.ts';
import { detectAddresses } from './detectors/addresses.ts';
import { detectNames } from './detectors/names.ts';
import { detectNameLists } from './detectors/name-lists.ts';
import { detectIntroductions } from './detectors/introductions.ts';
import { detectPlaces } from './detectors/places.ts';
import { namePriority } from './detectors/name-cues.ts';
import { detectKnown, knownPriority } from './detectors/known.ts';
import { repeatedNames } from './detectors/repeats.ts';

/** Notes longer than this are refused rather than processed partially (10 MiB of UTF-16 code units). */
export const defaultMaxLength = 10 * 1024 * 1024;

/** Tags written by `redact` ("[NAME]", "[DATE]"): text inside them is never PHI. */
const redactionTagRe = /\[(?:NAME|DATE|AGE|PHONE|FAX|EMAIL|SSN|MRN|ID|ADDRESS|LOCATION|ZIP|URL|IP)\]/g;

/**
 * Finds PHI in free text. Every detector proposes candidates; overlaps are resolved by priority
 * (identifier patterns over dates over cued names over dictionary guesses), then by length. A
 * name found once is then marked wherever else the note repeats it.
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
    ...detectNameLists(text),
    ...detectIntroductions(text),
    ...detectPlaces(text),
    ...(options.known ? detectKnown(text, options.known) : []),
  ];
  return resolve(text, options.known ? withoutNamesInFacilities(candidates) : candidates);
}

/**
 * The record's names matched inside a facility's name are the facility's: "Valley Family Medicine -
 * Oak Park" for a patient called Park, "St. Anne Clinic" for a patient called Anne.
 */
function withoutNamesInFacilities(candidates: Candidate[]): Candidate[] {
  const facilities = candidates.filter((c) => c.type === 'LOCATION' && c.priority === namePriority.facility);
  if (facilities.length === 0) return candidates;
  return candidates.filter((c) => !(c.type === 'NAME' && c.priority === knownPriority.name &&
    facilities.some((f) => f.start <= c.start && c.end <= f.end && f.end - f.start > c.end - c.start)));
}

function resolve(text: string, candidates: Candidate[]): PhiSpan[] {
  const blocked = new Uint8Array(text.length);
  redactionTagRe.lastIndex = 0;
  for (let m = redactionTagRe.exec(text); m; m = redactionTagRe.exec(text)) blocked.fill(1, m.index, m.index + m[0].length);

  candidates.sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // owner[i] = 1 + index in `kept` of the span covering i; 0 when free.
  const owner = new Int32Array(text.length);
  const kept: Array<PhiSpan | null> = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (blocked[i] || owner[i]) { free = false; break; }
    if (!free) {
      // A weaker name or facility candidate that wholly contains stronger ones of its type widens them
      // rather than losing to them: the record's "Owens" inside the cued "Carli Owens".
      const inside = containedSameType(c, owner, kept, blocked);
      if (!inside) continue;
      for (const k of inside) { const span = kept[k]!; owner.fill(0, span.start, span.end); kept[k] = null; }
    }
    owner.fill(kept.length + 1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, type: c.type, text: c.text });
  }
  const found = kept.filter((k): k is PhiSpan => k !== null);
  // Other mentions of the names found, where nothing else was found (nor a redaction tag stands).
  const taken = blocked;
  for (let i = 0; i < owner.length; i++) if (owner[i]) taken[i] = 1;
  for (const c of repeatedNames(text, found, taken)) found.push({ start: c.start, end: c.end, type: c.type, text: c.text });
  const spans = found.sort((a, b) => a.start - b.start);
  return mergeAdjacent(text, spans.map((span) => withMiddleInitial(text, span)));
}

/** Indices of the kept spans inside `c` when every taken character in `c` belongs to one of the same type wholly inside it. */
function containedSameType(c: Candidate, owner: Int32Array, kept: Array<PhiSpan | null>, blocked: Uint8Array): number[] | null {
  // Names, and a facility with its site over the place words inside it ("Riverside Family Medicine - Eastside").
  if (c.type !== 'NAME' && !(c.type === 'LOCATION' && c.priority === namePriority.facility)) return null;
  const found = new Set<number>();
  for (let i = c.start; i < c.end; i++) {
    if (blocked[i]) return null;
    const o = owner[i]!;
    if (!o) continue;
    const span = kept[o - 1]!;
    if (span.type !== c.type || span.start < c.start || span.end > c.end) return null;
    found.add(o - 1);
  }
  return found.size ? [...found] : null;
}

/** "Kaela A." / "Holmes, Kaela A.": a capital initial after a name, before the end of the name, belongs to it. */
function withMiddleInitial(text: string, span: PhiSpan): PhiSpan {
  if (span.type !== 'NAME') return span;
  const m = /^ \p{Lu}\.(?![\p{L}\d])/u.exec(text.slice(span.end, span.end + 4));
  if (!m) return span;
  // A single capital is an initial only when another name or the end of a field follows, not a sentence ("... Smith. A").
  const rest = text.slice(span.end + m[0].length, span.end + m[0].length + 3);
  if (!/^(?: \p{Lu}| {2,}|\s*[\n|,)]|\s*$)/u.test(rest)) return span;
  const end = span.end + m[0].length;
  return { ...span, end, text: text.slice(span.start, end) };
}

/**
 * Joins neighbouring spans of the same type into the one identifier they write: a name split by a
 * space or hyphen ("Ana" + "Lopez"), a "Surname, Given" pair ("Becker, Wendy"), and a facility with
 * its site ("Riverside Family Medicine - Westfield").
 */
function mergeAdjacent(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const [n, span] of spans.entries()) {
    const prev = out[out.length - 1];
    if (prev && prev.type === span.type && joins(text, prev, span, spans[n + 1])) {
      prev.end = span.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ ...span });
  }
  return out;
}

/** Particles that open a surname: "De la", "Van der", "St.". */
const surnameParticlesRe = /^(?:(?:de|del|la|las|los|van|von|der|den|da|das|dos|di|du|le|st\.?|ste\.?)\s+)+/i;

function joins(text: string, prev: PhiSpan, span: PhiSpan, next: PhiSpan | undefined): boolean {
  const gap = text.slice(prev.end, span.start);
  if (span.type === 'NAME' || span.type === 'ADDRESS') {
    if (/^[ -]?$/.test(gap)) return true;
  }
  // A middle initial between a given name and a surname: "Kaela" + " A. " + "Holmes".
  if (span.type === 'NAME' && /^ \p{Lu}\.? $/u.test(gap)) return true;
  if (span.type === 'NAME' && /^\.? $/.test(gap) && /(?:^|\s)\p{Lu}\.?$/u.test(prev.text)) return true;
  if (span.type === 'NAME' && /^, ?$/.test(gap)) {
    // One surname before the comma and a given name (with an initial) after it; a third name after
    // another comma or "and" makes it a list of people instead ("Smith, Jones and Brown").
    // Particles belong to the surname ("DE LA CRUZ, HOPE", "ST. CLAIR, SABINA").
    if (/\s/.test(prev.text.replace(surnameParticlesRe, '')) || span.text.split(/\s+/).length > 3) return false;
    const rest = text.slice(span.end, span.end + 8);
    if (/^\.?,\s*(?:and\s+|y\s+)?\p{Lu}|^\s+(?:and|y|&)\s+\p{Lu}/u.test(rest)) return false;
    return !(next && next.type === 'NAME' && /^\.?,? ?(?:and |& )?$/.test(text.slice(span.end, next.start)));
  }
  if (span.type === 'LOCATION' && /^ [-–] $/.test(gap)) return true;
  return false;
}

/** Decodes UTF-8 bytes, refusing invalid sequences rather than guessing (a replacement character could hide PHI boundaries). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new GalenError('invalid_encoding', 'input is not valid UTF-8', { cause: error });
  }
}
