import * as faker from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';
import { ambiguousEponyms, clinicalEponyms, drugNames, labAndScoreNames, notNameWords } from './clinical.ts';
import { commonGivenNames, commonSurnames } from './common-names.ts';

/**
 * Name and place dictionaries built once from the person and location lists that @faker-js/faker
 * ships for Latin-script locales and from the frequent names of many communities in
 * `common-names.ts`. Keys are lower-cased; clinical vocabulary and sentence words are removed so
 * that a dictionary hit means "could be a name" and nothing else. The words removed stay in
 * `nameableWords`: a name with a cue may still be "Ward", "Le", "Nina" or "Parkinson".
 */
const latinLocales = [
  'en', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_NG', 'en_ZA', 'es', 'es_MX', 'de', 'de_AT', 'de_CH',
  'fr', 'fr_CA', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl', 'hu', 'cs_CZ', 'sk', 'sv', 'nb_NO', 'da', 'fi', 'ro', 'hr', 'sl_SI',
  'tr', 'lv', 'id_ID', 'vi', 'af_ZA', 'cy', 'eo', 'en_GH', 'en_HK', 'en_NP', 'fr_BE', 'fr_CH', 'fr_SN', 'nl_BE', 'ro_MD',
  'yo_NG', 'zu_ZA', 'az',
] as const;

function localeDefinitions(): LocaleDefinition[] {
  const all = faker as unknown as Record<string, { person?: unknown; location?: unknown } | undefined>;
  const found: LocaleDefinition[] = [];
  for (const code of latinLocales) {
    const value = all[code];
    if (value && typeof value === 'object' && 'person' in value) found.push(value as LocaleDefinition);
  }
  return found;
}

function flatStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatStrings);
  return [];
}

/**
 * Pronouns, articles, auxiliaries, prepositions and conjunctions (English and Spanish): they open
 * sentences in capitals, so they are never taken for a name even where a list holds one ("He",
 * "Do", "Can" are surnames too).
 */
const functionWords: ReadonlySet<string> = new Set(
  `he she it they we you me him his her hers its our ours your yours my mine their theirs them us this that these those
  there here then than when where which who whom whose what why how all any some each every both either neither none
  one no not nor yes and or but if so as of in on at to for from by with into onto upon over under about after before
  is are was were be been being am has have had having do does did done can could would shall should must might
  also very just only still even yet per via vs etc se les la el los las lo unos unas su sus mi mis tu tus yo
  que qué como cómo con por para sin sobre entre ante tras hasta desde según sí si ya muy más menos pero ni del al`.split(/\s+/),
);

const excluded = (word: string): boolean =>
  notNameWords.has(word) || clinicalEponyms.has(word) || drugNames.has(word) || labAndScoreNames.has(word) || functionWords.has(word);

/** Every lower-cased word of a locale's name list, ordinary and clinical words included. */
function localeNames(field: 'first_name' | 'last_name'): string[] {
  const out: string[] = [];
  for (const locale of localeDefinitions()) {
    const person = locale.person as Record<string, unknown> | undefined;
    for (const entry of flatStrings(person?.[field])) {
      if (entry.includes('{{')) continue;
      for (const part of entry.split(/[\s]+/)) {
        const word = part.toLowerCase();
        if (word.length >= 2 && /^\p{L}[\p{L}'’-]*$/u.test(word)) out.push(word);
      }
    }
  }
  return out;
}

const givenNameWords = [...localeNames('first_name'), ...commonGivenNames];
const surnameWords = [...localeNames('last_name'), ...commonSurnames];

/** A word without its accents: "wiśniewski" -> "wisniewski", "josé" -> "jose". */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ð/g, 'd').replace(/þ/g, 'th').replace(/ß/g, 'ss').replace(/æ/g, 'ae');
}

/** The words with and without their accents, so "Wiśniewski" finds "wisniewski" and "Jose" finds "josé". */
function withFolded(words: string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w);
    const folded = foldAccents(w);
    if (folded !== w && !excluded(folded)) set.add(folded);
  }
  return set;
}

/** Given names and surnames that are nothing else: a hit is evidence of a name. */
export const firstNames: ReadonlySet<string> = withFolded(givenNameWords.filter((w) => !excluded(w)));
export const lastNames: ReadonlySet<string> = withFolded(surnameWords.filter((w) => !excluded(w)));

/**
 * Every word that people bear as a name, also those that are note vocabulary or eponyms ("Ward",
 * "Le", "Alta", "Parkinson", "Wells"): such a word is a name only with other evidence of a person
 * beside it (a title, a relation, a given name, a credential).
 */
export const nameableWords: ReadonlySet<string> = new Set([
  ...givenNameWords, ...surnameWords, ...clinicalEponyms, ...ambiguousEponyms,
].filter((w) => w.length >= 2 && /^\p{L}/u.test(w) && !functionWords.has(w)));

/**
 * Names that are also everyday English or Spanish words ("Will", "Hope", "Rose", "Mark", "Cruz",
 * "Blanco"): a hit on one of these alone is not enough; it needs a cue or a neighbouring name.
 */
export const commonWordNames: ReadonlySet<string> = new Set(
  `will may hope grace bill mark faith art major general summer rose joy patience sunny chase case dale frank guy ima king
  lane gene ray don van pat jack ivy tom page bell hall long young moore wood stone price rice ward day hill fields brown
  green white black gray grey bishop cook baker walker carter hunter fisher mason miller parker porter turner cash sage
  rich rich dean earl june april august autumn winter spring dawn eve faith honey crystal amber ruby pearl jade holly
  iris lily daisy violet ginger candy angel star sky storm rain river brook glen cliff heath reed rush wade miles
  chance christian noble north south west east love lovely much more little short small sharp swift strong street
  cross cruz flores rubio blanco moreno delgado santos leon león calvo prieto pastor bueno vega campos mora soler nieto
  caballero lozano marin marín cano medina rey paz sierra montes rios ríos mar luz sol cielo rosario dolores consuelo
  amparo pilar mercedes soledad remedios milagros angeles ángeles carmen nieves esperanza fe caridad gracia victoria
  domingo tomás salvador cruz roca torres castillo iglesias ramos santiago león navarro guerra herrera pardo cordero
  benign mild major minor wells church lord love trust banks holmes gross
  burns grant chambers parks ball flowers wise colon lamb singleton combs wall snow shields glass marks pace house walls
  rivers weeks branch best moon gay key gamble cotton holder bright sweet good head downs bird urban can said sun he law
  shin son ha min do chin her hang fall per ion hung comfort lie dam mo ma tan dot sandy lima short small strong golden
  battle justice power powers sharp moss frost winters bush woods stone booth hood gates clay chase bond craft rush marsh
  mills fox wolf crane swan park page potter mason farmer carver cooper weaver hooper english french march reed sparks
  beach cherry stout cash kidd wynn lane ford hunt hart guy duke fry gill drake bass poole pope wolfe sims noel may
  blessing mercy`.split(/\s+/),
);

function placeSet(fields: string[]): Set<string> {
  const out = new Set<string>();
  for (const locale of localeDefinitions()) {
    const location = locale.location as Record<string, unknown> | undefined;
    for (const field of fields) {
      for (const entry of flatStrings(location?.[field])) {
        if (entry.includes('{{') || entry.length < 3) continue;
        out.add(entry.toLowerCase());
      }
    }
  }
  return out;
}

/** City and county names (multi-word entries kept whole, e.g. "santiago de compostela"). */
export const cityNames: ReadonlySet<string> = (() => {
  const set = placeSet(['city_name', 'county']);
  for (const place of spanishPlaces()) set.add(place);
  for (const word of [...set]) if (excluded(word)) set.delete(word);
  return set;
})();

/** Longest city name in words, to bound the lookup window. */
export const maxCityWords = Math.max(...[...cityNames].map((c) => c.split(' ').length));

/** US states and their postal abbreviations: allowed under Safe Harbor, used as cues for ZIP codes and cities. */
export const usStates: ReadonlySet<string> = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming`.split(/\s+/)
    .concat(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island',
      'south carolina', 'south dakota', 'west virginia', 'district of columbia']),
);

export const usStateAbbreviations: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC
  SD TN TX UT VT VA WA WV WI WY DC PR`.split(/\s+/),
);

/** Spanish provinces, their capitals and large towns: places smaller than an autonomous community. */
function spanishPlaces(): string[] {
  return `álava, alava, albacete, alicante, almería, almeria, ávila, avila, badajoz, barcelona, burgos, cáceres, caceres,
  cádiz, cadiz, castellón, castellon, ciudad real, córdoba, cordoba, cuenca, gerona, girona, granada, guadalajara, guipúzcoa,
  gipuzkoa, huelva, huesca, jaén, jaen, la coruña, a coruña, coruña, león, leon, lérida, lleida, logroño, lugo, madrid,
  málaga, malaga, murcia, orense, ourense, oviedo, palencia, pamplona, pontevedra, salamanca, santander, segovia, sevilla,
  soria, tarragona, teruel, toledo, valencia, valladolid, vizcaya, bizkaia, bilbao, zamora, zaragoza, vitoria, san sebastián,
  donostia, santa cruz de tenerife, las palmas, palma de mallorca, ceuta, melilla, elche, cartagena, gijón, gijon, vigo,
  alcalá de henares, alcorcón, getafe, leganés, móstoles, fuenlabrada, torrejón de ardoz, alcobendas, badalona, sabadell,
  terrassa, tarrasa, hospitalet de llobregat, mataró, jerez de la frontera, algeciras, marbella, dos hermanas, ponferrada,
  ferrol, santiago de compostela, talavera de la reina, úbeda, ubeda, linares, calahorra, reus, manresa, sant cugat,
  majadahonda, pozuelo de alarcón, las rozas, boadilla del monte, aranjuez, benidorm, torrevieja, orihuela, elda, alcoy,
  gandía, sagunto, ibiza, mahón, menorca, lanzarote, fuerteventura, tenerife, gran canaria, granollers, vic, figueres, olot,
  igualada, tortosa, lorca, molina de segura, mérida, merida, plasencia, puertollano, tomelloso, valdepeñas,
  alcázar de san juan, villarrobledo, hellín, ronda, antequera, motril, baza, guadix, andújar, martos, lucena, écija, utrera,
  osuna, carmona, el ejido, roquetas de mar, estepona, fuengirola, torremolinos, benalmádena, mijas, vélez-málaga, nerja,
  sanlúcar de barrameda, chiclana de la frontera, puerto real, el puerto de santa maría, arrecife, navarra, asturias,
  cantabria, la rioja, galicia, cataluña, catalunya, andalucía, andalucia, aragón, aragon, extremadura, castilla y león,
  castilla-la mancha, castilla la mancha, comunidad valenciana, país vasco, euskadi, canarias, baleares, islas baleares`
    .split(',').map((s) => s.trim()).filter((s) => s.length > 2);
}

/**
 * Endings that mark a word as a surname in the languages that have them (Slavic -ov/-ova/-ski/-vich/
 * -enko/-ić, Georgian -dze/-shvili, Armenian -yan, Nordic -sson/-sen/-dóttir, Greek -poulos/-akis,
 * Turkish -oğlu, Romanian -escu, Persian -zadeh, and -son/-sen after a longer stem). Compared lower-cased; the stem must be at least
 * three letters so short words ("Kiev", "Sen") stay out.
 */
export const surnameShapeRe = /^(?:\p{L}{3,}(?:ova|ovna|evna|ov|ev|yev|iev|vich|vych|wicz|enko|chuk|czuk|ski|ska|sky|skaya|skiy|cki|cka|dze|shvili|yan|ić|ič|ović|sson|ssen|dottir|dóttir|poulos|poulou|akis|oglu|oğlu|escu|zadeh)|\p{L}{4,}son|\p{L}{3,}sen)$/u;

/** The endings no common word shares: enough for a capitalised word alone inside a sentence ("early Yefremova"). */
export const distinctSurnameShapeRe = /^\p{L}{3,}(?:ova|ovna|evna|vich|vych|wicz|enko|ić|ović|dze|shvili|yan|sson|dottir|dóttir|poulos|oglu|oğlu|escu)$/u;
