import * as faker from '@faker-js/faker';
import type { Candidate } from '../types.ts';
import { candidate, eachMatch, groupStart } from './collect.ts';
import { notNameWords } from '../vocab/clinical.ts';
import { cityNames, firstNames, usStates } from '../vocab/names.ts';
import { namePriority } from './name-cues.ts';

/**
 * Places smaller than a state and named facilities: towns after a cue ("lives in", "Localidad:"),
 * counties, "City, ST" pairs, and hospitals, clinics and practices with their site.
 */

const placeCueRe = new RegExp(
  String.raw`(?:\b(?:lives in|living in|resides in|residing in|resident of|moved (?:here )?(?:from|to)|born in|native of|grew up in|relocated to|travel(?:l)?ed to|trip to|vive en|viven en|reside en|residente en|natural de|procedente de|originari[oa] de|nacid[oa] en|Localidad(?:\s*\/\s*Provincia)?|Provincia|Municipio|Ciudad|Poblaci[oó]n|City|Town|County|Lugar de nacimiento|Place of birth|Birthplace|Hometown|Location|Facility|Site)\s*[:.]?\s*)` +
    String.raw`((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:(?:de(?:l| la| los| las)?|la|el|y|upon|on|the)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,4})`,
  'gu',
);
const countyRe = /\b((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:County|Parish|Borough|Township|Condado|Comarca)\b/gu;
// A state's name followed by another capitalised word is part of a town's ("Oregon City", "Kansas City").
const cityStateRe = /\b(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,3}),[ \t]+(?:([A-Z]{2})\b|(Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b(?![ \t]+\p{Lu}))/gu;
const facilityRe = /\b(?:Hospital|Clínica|Clinica|Centro de Salud|Centro Médico|Centro Medico|Complejo Hospitalario|Policlínica|Sanatorio|Consultorio|Ambulatorio|Medical Center|Medical Centre|Health Center|Infirmary|Hospice|Mutua)(?:[ \t]+(?:(?:de(?:l| la| los| las)?|of|the|for|y|i|d'|l')[ \t]+)?[\p{Lu}\d][\p{L}\d'’.-]*){1,7}/gu;
const namedFacilityRe = /\b((?:St\.?|Saint|San|Santa|Mount|Mt\.?)?[ \t]*\p{Lu}[\p{L}'’-]+[ \t]+(?:(?:\p{Lu}[\p{L}'’-]+|and|&)[ \t]+){0,4})(?:Memorial |General |Community |Regional |University |Children's |County |Medical |Health )*(?:Hospital|Medical Center|Medical Centre|Clinic|Health System|Infirmary|Health Center|Health Services|Behavioral Health|Medical Group|Family Practice|Family Medicine|Internal Medicine|Primary Care|Urgent Care|Care Center|Associates|Physicians|Pediatrics|Cardiology|Dermatology|Oncology|Cancer Center|Cancer Institute|Heart Institute|Eye Center|Dialysis Center|Sleep Center|Imaging Center|Orthopedics|Orthopaedics|Women's Health|Surgical Center|Surgery Center|Rehabilitation Center|Rehabilitation Hospital|Sports Medicine|Nursing Home|Nursing Center|Assisted Living|Senior Living|Home Health|Hospice|Health|(?:Heart|Vascular|Cancer|Eye|Sleep|Kidney|Diabetes|Spine|Breast|Wellness|Digestive|Lung|Stroke|Neuroscience|Transplant|Birth|Maternity|Dialysis|Imaging|Surgical|Surgery|Rehabilitation|Trauma|Burn) (?:Center|Centre|Institute))\b/gu;
/** The site after a facility name on the same line: "Riverside Family Medicine - Eastside". */
const facilitySiteRe = /^[ \t]+[-–][ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}/u;
const genericFacilityWords = new Set(['hospital', 'general', 'universitario', 'universitaria', 'universitari', 'regional', 'comarcal', 'provincial', 'clínico', 'clinico', 'medical', 'center', 'centre', 'memorial', 'community', 'county', 'university', "children's", 'health', 'the', 'de', 'del', 'la', 'of', 'salud', 'centro', 'médico', 'medico', 'clínica', 'clinica', 'servicio', 'unidad', 'our', 'this', 'their', 'a', 'same', 'local', 'outside', 'another', 'other', 'previous', 'referring', 'private', 'public', 'teaching', 'tertiary', 'day', 'state', 'psychiatric', 'rehabilitation', 'rehab', 'department', 'dept', 'division', 'section', 'service', 'clinical', 'outpatient', 'inpatient', 'pediatric', 'adult', 'family', 'internal', 'primary', 'urgent', "women's", 'cancer', 'heart', 'eye', 'sleep', 'imaging', 'surgical', 'nursing', 'home', 'senior', 'behavioral', 'mental', 'dental', 'specialty', 'see', 'call', 'contact', 'visit', 'at', 'in', 'from', 'to', 'with']);

/** Countries in the languages of the notes: never a place smaller than a state. */
export const countries: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const code of ['en', 'es', 'de', 'fr', 'it', 'pt_BR'] as const) {
    const location = (faker as unknown as Record<string, { location?: { country?: unknown } } | undefined>)[code]?.location;
    const list = location?.country;
    if (Array.isArray(list)) for (const c of list) if (typeof c === 'string') set.add(c.toLowerCase());
  }
  for (const c of ['españa', 'spain', 'usa', 'u.s.', 'u.s.a.', 'us', 'united states', 'estados unidos', 'eeuu', 'ee.uu.', 'america', 'méxico', 'mexico', 'uk', 'england', 'inglaterra', 'europe', 'europa', 'africa', 'áfrica', 'asia', 'latinoamérica', 'sudamérica', 'gran bretaña', 'reino unido']) set.add(c);
  return set;
})();

/** A capitalised phrase led by a given name and not a known town ("Calista White", not "Silver Spring"). */
function looksLikePerson(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const first = words[0]!.toLowerCase();
  return words.length >= 2 && words.length <= 3 && firstNames.has(first) && !cityNames.has(phrase.trim().toLowerCase());
}

export function detectPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, p: number) => {
    const c = candidate(text, start, end, 'LOCATION', p);
    if (c) out.push(c);
  };
  eachMatch(placeCueRe, text, (m) => {
    let value = m[1]!;
    const s = groupStart(m, 1);
    value = value.replace(/[\s.]+$/, '');
    const key = value.toLowerCase();
    if (countries.has(key) || usStates.has(key) || notNameWords.has(key)) return;
    push(s, s + value.length, namePriority.placeCued);
  });
  eachMatch(countyRe, text, (m) => push(m.index, m.index + m[0].length, namePriority.placeCued));
  eachMatch(cityStateRe, text, (m) => {
    const city = m[1]!;
    if (m[2] && !/^(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR)$/.test(m[2])) return;
    // "Calista White, MD" is a clinician and a credential, not a town in Maryland.
    if ((m[2] === 'MD' || m[2] === 'PA' || m[2] === 'MA') && !/^\s*\d{5}/.test(text.slice(m.index + m[0].length)) && looksLikePerson(city)) return;
    // Keep only the trailing words that are not note vocabulary ("Seen in Boston, MA" -> "Boston").
    const words = [...city.matchAll(/[^ \t]+/g)];
    let k = words.length;
    while (k > 0 && !notNameWords.has(words[k - 1]![0].toLowerCase())) k--;
    if (k === words.length) return;
    push(m.index + words[k]!.index, m.index + city.length, namePriority.placeCued);
  });
  eachMatch(facilityRe, text, (m) => {
    const words = m[0].split(/\s+/).slice(1).map((w) => w.toLowerCase());
    if (words.every((w) => genericFacilityWords.has(w) || notNameWords.has(w))) return;
    push(m.index, m.index + m[0].length, namePriority.facility);
  });
  eachMatch(namedFacilityRe, text, (m) => {
    const words = m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase());
    if (words.every((w) => genericFacilityWords.has(w) || notNameWords.has(w))) return;
    const lead = m[0].length - m[0].trimStart().length;
    let end = m.index + m[0].length;
    const site = facilitySiteRe.exec(text.slice(end, end + 40));
    if (site && !/^[ \t]+[-–][ \t]+(?:Clinic Note|Note|Progress|Visit|Telephone|Discharge|Referral|Letter)\b/.test(site[0])) end += site[0].length;
    push(m.index + lead, end, namePriority.facility);
  });
  return out;
}
