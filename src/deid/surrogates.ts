import { en, es } from '@faker-js/faker';
import { keyedBytes, keyedIndex } from './keys.ts';
import type { PhiType } from './types.ts';
import { firstNames } from './vocab/names.ts';

/**
 * Realistic replacements, chosen by a keyed hash of (patient secret, type, original): the same
 * original gets the same surrogate in every note and resource of one patient, and different
 * patients get unrelated surrogates. Shapes are kept (digit groups, separators, capitalisation).
 */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !x.includes('{{')) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

const surrogateFirst = [...new Set([...strings(en.person?.first_name), ...strings(es.person?.first_name)])];
const surrogateLast = [...new Set([...strings(en.person?.last_name), ...strings(es.person?.last_name)])];
const surrogateCities = [...new Set([...strings(en.location?.city_name), ...strings(es.location?.city_name)])];
const streetKinds = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Court'];

const normalise = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function matchCase(like: string, value: string): string {
  if (like.length > 1 && like === like.toUpperCase() && /\p{L}/u.test(like)) return value.toUpperCase();
  if (/^\p{Ll}/u.test(like)) return value.toLowerCase();
  return value;
}

/** Replaces every digit and letter with keyed ones, keeping separators and letter case. */
function reshape(secret: string, type: string, original: string): string {
  const bytes = keyedBytes(secret, `shape:${type}`, normalise(original));
  let i = 0;
  return original.replace(/[0-9A-Za-z]/g, (c) => {
    const b = bytes[i++ % bytes.length]! ^ (i >> 5);
    if (/\d/.test(c)) return String(b % 10);
    const letter = String.fromCharCode(65 + (b % 26));
    return c === c.toLowerCase() ? letter.toLowerCase() : letter;
  });
}

/**
 * The list entry at `index`, or the next one that is neither the original itself nor a name to avoid
 * (the real names of the other patients in the same export, so no surrogate reads as one of them).
 */
function pickOther(list: string[], index: number, original: string, avoid?: ReadonlySet<string>): string {
  for (let step = 0; step < list.length; step++) {
    const candidate = list[(index + step) % list.length]!;
    const key = normalise(candidate);
    if (key !== original && !avoid?.has(key)) return candidate;
  }
  return list[index]!;
}

/** The words of real names, in the form `avoid` sets hold them. */
export function nameWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const word of name.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? []) words.add(normalise(word));
  return words;
}

function surrogateName(secret: string, original: string, avoid?: ReadonlySet<string>): string {
  // Each word maps on its own, so "Ana Lopez", "Lopez" and "Mrs. Lopez" stay consistent.
  return original.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word) => {
    if (/^(?:de|del|la|las|los|van|von|der|da|dos|y)$/i.test(word)) return word;
    const key = normalise(word);
    const asFirst = firstNames.has(key);
    const list = asFirst ? surrogateFirst : surrogateLast;
    return matchCase(word, pickOther(list, keyedIndex(secret, asFirst ? 'first' : 'last', key, list.length), key, avoid));
  });
}

export function surrogateFor(secret: string, type: PhiType, original: string, avoidNames?: ReadonlySet<string>): string {
  const key = normalise(original);
  switch (type) {
    case 'NAME':
      return surrogateName(secret, original, avoidNames);
    case 'LOCATION':
      return matchCase(original, pickOther(surrogateCities, keyedIndex(secret, 'city', key, surrogateCities.length), key));
    case 'ADDRESS': {
      const number = 10 + keyedIndex(secret, 'house', key, 980);
      const street = surrogateLast[keyedIndex(secret, 'street', key, surrogateLast.length)]!;
      if (/^(?:C\/|Calle|Avda|Av\.|Avenida|Paseo|Plaza|Ronda|Ctra|Camino)/i.test(original)) return `Calle ${street}, ${number}`;
      return `${number} ${street} ${streetKinds[keyedIndex(secret, 'kind', key, streetKinds.length)]}`;
    }
    case 'EMAIL': {
      const first = surrogateFirst[keyedIndex(secret, 'mail1', key, surrogateFirst.length)]!;
      const last = surrogateLast[keyedIndex(secret, 'mail2', key, surrogateLast.length)]!;
      return `${normalise(first).replace(/[^a-z]/g, '')}.${normalise(last).replace(/[^a-z]/g, '')}@example.org`;
    }
    case 'URL':
      return `https://example.org/${reshape(secret, type, key).replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase()}`;
    case 'IP': {
      // Addresses from the range reserved for documentation (RFC 5737), so no real host is named.
      return `192.0.2.${1 + keyedIndex(secret, 'ip', key, 254)}`;
    }
    case 'PHONE':
    case 'FAX':
    case 'SSN':
    case 'MRN':
    case 'ID':
      return reshape(secret, type, original);
    case 'ZIP':
    case 'DATE':
    case 'AGE':
      // These are generalised by the profile, not replaced: see transform.ts.
      return original;
  }
}
