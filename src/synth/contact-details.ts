/**
 * Addresses, phone numbers, emails and identifiers. Cities are real places grouped by region (one
 * region is the institution's home; most patients live there), with their ZIP-code prefixes and
 * area codes, so an address reads as plausible. Street numbers, ZIP suffixes and phone lines are
 * random, so no generated address or number is anyone's on purpose.
 */
import { en } from '@faker-js/faker';
import type { Rng } from './random.ts';
import type { PersonName } from './names.ts';

export interface City {
  city: string;
  state: string;
  zip3: string;
  areaCodes: readonly string[];
}

export interface Region {
  name: string;
  cities: readonly City[];
}

const c = (city: string, state: string, zip3: string, ...areaCodes: string[]): City => ({ city, state, zip3, areaCodes });

export const regions: readonly Region[] = [
  {
    name: 'Central Ohio',
    cities: [
      c('Columbus', 'OH', '432', '614', '380'), c('Dublin', 'OH', '430', '614'), c('Westerville', 'OH', '430', '614'),
      c('Delaware', 'OH', '430', '740'), c('Newark', 'OH', '430', '740'), c('Lancaster', 'OH', '431', '740'),
      c('Grove City', 'OH', '431', '614'), c('Hilliard', 'OH', '430', '614'), c('Reynoldsburg', 'OH', '430', '614'),
      c('Marysville', 'OH', '430', '937'),
    ],
  },
  {
    name: 'Portland metro',
    cities: [
      c('Portland', 'OR', '972', '503', '971'), c('Beaverton', 'OR', '970', '503'), c('Hillsboro', 'OR', '971', '503'),
      c('Gresham', 'OR', '970', '503'), c('Lake Oswego', 'OR', '970', '503'), c('Tigard', 'OR', '972', '503'),
      c('Salem', 'OR', '973', '503', '971'), c('Vancouver', 'WA', '986', '360'), c('Oregon City', 'OR', '970', '503'),
    ],
  },
  {
    name: 'Research Triangle',
    cities: [
      c('Raleigh', 'NC', '276', '919', '984'), c('Durham', 'NC', '277', '919'), c('Cary', 'NC', '275', '919'),
      c('Chapel Hill', 'NC', '275', '919'), c('Wake Forest', 'NC', '275', '919'), c('Apex', 'NC', '275', '919'),
      c('Garner', 'NC', '275', '919'), c('Wilson', 'NC', '278', '252'), c('Morrisville', 'NC', '275', '919'),
    ],
  },
  {
    name: 'San Antonio area',
    cities: [
      c('San Antonio', 'TX', '782', '210', '726'), c('New Braunfels', 'TX', '781', '830'), c('Boerne', 'TX', '780', '830'),
      c('Seguin', 'TX', '781', '830'), c('Schertz', 'TX', '781', '210'), c('Converse', 'TX', '781', '210'),
      c('Helotes', 'TX', '780', '210'), c('Universal City', 'TX', '781', '210'),
    ],
  },
  {
    name: 'Twin Cities',
    cities: [
      c('Minneapolis', 'MN', '554', '612'), c('Saint Paul', 'MN', '551', '651'), c('Bloomington', 'MN', '554', '952'),
      c('Edina', 'MN', '554', '952'), c('Roseville', 'MN', '551', '651'), c('Eagan', 'MN', '551', '651'),
      c('Plymouth', 'MN', '554', '763'), c('Maple Grove', 'MN', '553', '763'),
    ],
  },
];

const streetNames: readonly string[] = (en.location?.street_name as string[] | undefined) ?? ['Main Street'];
const streetSuffixes = ['Street', 'Avenue', 'Road', 'Drive', 'Lane', 'Court', 'Way', 'Boulevard', 'Place', 'Circle', 'Trail', 'Terrace'];
const treeNames = ['Oak', 'Maple', 'Cedar', 'Elm', 'Pine', 'Birch', 'Willow', 'Hickory', 'Walnut', 'Chestnut', 'Aspen', 'Magnolia', 'Dogwood', 'Sycamore'];

export interface PostalAddress {
  line: string[];
  city: string;
  state: string;
  postalCode: string;
  /** Area codes that go with the city. */
  areaCodes: readonly string[];
}

export function drawCity(rng: Rng, home: Region): City {
  // Most patients live in the institution's region; some have moved or winter elsewhere.
  if (rng.chance(0.9)) return rng.pick(home.cities);
  return rng.pick(rng.pick(regions).cities);
}

export function drawStreet(rng: Rng): string {
  const r = rng.next();
  if (r < 0.5) return rng.pick(streetNames);
  if (r < 0.8) return `${rng.pick(treeNames)} ${rng.pick(streetSuffixes)}`;
  return `${rng.pick(['Meadow', 'Ridge', 'Lake', 'Brook', 'Hill', 'Spring', 'Forest', 'Valley', 'Sunset', 'Prairie', 'Harbor', 'Mill'])}${rng.pick(['view', 'side', 'wood', 'crest', 'field', ''])} ${rng.pick(streetSuffixes)}`;
}

export function drawAddress(rng: Rng, city: City): PostalAddress {
  const number = rng.chance(0.3) ? rng.int(1, 299) : rng.int(100, 19999);
  const line = [`${number} ${drawStreet(rng)}`];
  if (rng.chance(0.18)) line.push(`${rng.pick(['Apt', 'Apt.', 'Unit', '#'])} ${rng.int(1, 40)}${rng.chance(0.3) ? rng.pick(['A', 'B', 'C']) : ''}`);
  return { line, city: city.city, state: city.state, postalCode: `${city.zip3}${rng.digits(2)}`, areaCodes: city.areaCodes };
}

/** A ten-digit NANP number as its three parts: area code, exchange (never 555 or N11), line. */
export interface PhoneNumber {
  area: string;
  exchange: string;
  line: string;
}

export function drawPhone(rng: Rng, areaCodes: readonly string[]): PhoneNumber {
  let exchange: string;
  do {
    exchange = `${rng.int(2, 9)}${rng.digits(2)}`;
  } while (exchange === '555' || exchange.endsWith('11'));
  return { area: rng.pick(areaCodes), exchange, line: rng.digits(4) };
}

/** The form FHIR telecom values use: (614) 555-0123. */
export function phoneText(p: PhoneNumber): string {
  return `(${p.area}) ${p.exchange}-${p.line}`;
}

const emailDomains = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'comcast.net', 'protonmail.com'];

function emailPart(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

export function drawEmail(rng: Rng, name: PersonName, birthYear: number): string {
  const g = emailPart(name.given);
  const f = emailPart(name.family);
  const local = rng.weighted([
    { value: `${g}.${f}`, weight: 4 },
    { value: `${g}${f}${rng.int(1, 99)}`, weight: 2 },
    { value: `${g[0]}${f}`, weight: 2 },
    { value: `${g}_${f}`, weight: 1 },
    { value: `${f}${g[0]}${String(birthYear).slice(2)}`, weight: 1 },
    { value: `${g}${String(birthYear)}`, weight: 1 },
  ]);
  return `${local}@${rng.pick(emailDomains)}`;
}

/** A Social Security number in a valid format (area not 000, 666 or 900-999; group and serial not zero). */
export function drawSsn(rng: Rng): string {
  let area: number;
  do area = rng.int(1, 899);
  while (area === 666);
  return `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
}

/** Luhn check digit over the NPI with its 80840 prefix, as CMS specifies for National Provider Identifiers. */
export function npiCheckDigit(nineDigits: string): number {
  const digits = `80840${nineDigits}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function drawNpi(rng: Rng): string {
  const base = `${rng.pick(['1', '1', '1', '2'])}${rng.digits(8)}`;
  return `${base}${npiCheckDigit(base)}`;
}

export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}

/**
 * A medical record number unique within the population: the patient index passed through an
 * affine map modulo 10^8 (a bijection because the multiplier is odd and not a multiple of 5),
 * offset by the seed so two populations do not share numbers.
 */
export function mrnFor(index: number, seedOffset: number): string {
  const n = (index * 48_271_207 + seedOffset) % 100_000_000;
  return String(n).padStart(8, '0');
}
