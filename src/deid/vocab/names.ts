import * as faker from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';
import { clinicalEponyms, drugNames, labAndScoreNames, notNameWords } from './clinical.ts';

/**
 * Name and place dictionaries built once from the person and location lists that @faker-js/faker
 * ships for Latin-script locales. Keys are lower-cased; clinical vocabulary and sentence words are
 * removed so that a dictionary hit means "could be a name" and nothing else.
 */
const latinLocales = [
  'en', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_NG', 'en_ZA', 'es', 'es_MX', 'de', 'de_AT', 'de_CH',
  'fr', 'fr_CA', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl', 'hu', 'cs_CZ', 'sk', 'sv', 'nb_NO', 'da', 'fi', 'ro', 'hr', 'sl_SI',
  'tr', 'lv', 'id_ID', 'vi', 'af_ZA', 'cy', 'eo', 'en_GH', 'en_HK', 'en_NP', 'fr_BE', 'fr_CH', 'fr_SN', 'nl_BE', 'ro_MD',
  'yo_NG', 'zu_ZA', 'az',
] as const;

/**
 * Common romanised given names and surnames of communities whose faker lists are in other scripts
 * (Chinese, Korean, Japanese, South Asian, Arabic, Russian and Ukrainian, Greek, Hebrew, Persian,
 * Thai): written from general knowledge of the most frequent names, not from any evaluation set.
 * Short words that are also English words ("He", "Ma", "Do") are left out.
 */
const romanisedFirstNames = `wei jun ming hui yan mei xin ying jing lei hao yu jie li na lin fang qiang tao bo chen yang hong
  jian feng xiu zhen hua ling ping min-jun ji-woo seo-yeon ji-hoon min-seo ha-eun jae hyun seung young-ho eun ji-ho
  hiroshi takashi yuki kenji akira haruto yui sakura hana kenta daiki ryo sota yuto aoi riko naoki shota kaito
  priya rahul amit anil sunil ravi deepak sanjay pooja anjali neha arjun vikram rajesh suresh ramesh kavita sunita
  lakshmi ananya aditya rohan arun vijay ajay manoj nikhil shreya divya aarav vivek harish ganesh meena geeta
  mohammed muhammad mohamed ahmed ahmad omar fatima aisha yusuf youssef hassan hussein layla leila khalid tariq
  karim nadia samira rania amir ibrahim mustafa zainab mariam maryam hamza bilal imran ayesha farah yasmin
  dmitri dmitry sergei sergey ivan olga natalia svetlana anastasia vladimir alexei oleg igor yuri tatiana irina
  ekaterina mikhail nikolai andrei pavel oksana yulia galina boris artem maxim taras bohdan
  giorgos nikos yannis eleni dimitris konstantinos kostas sofia maria katerina
  moshe yosef avraham yitzhak david noa tamar shira yael eitan ariel avi
  reza ali hossein mehdi parisa shirin mina arash babak kourosh nasrin
  somchai niran anong malee sompong`;
const romanisedLastNames = `wang zhang liu chen yang huang zhao zhou xu sun zhu hu guo lin gao luo zheng liang xie song tang
  han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
  kim park choi jung jeong kang cho yoon jang lim shin yoo hwang ahn song jeon hong ko moon yang son bae baek
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
  matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda
  fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota
  patel shah singh kumar sharma gupta reddy rao iyer nair mehta joshi desai verma mishra agarwal jain chopra
  kapoor malhotra bhat pillai menon chaudhary yadav pandey tiwari banerjee chatterjee mukherjee bose ghosh
  sen dutta khan ahmed ali hassan hussein ibrahim mohamed mohammed mahmoud abdullah rahman aziz saleh haddad
  khalil nasser hamdan mansour karimi hosseini rezaei ahmadi mohammadi moradi jafari
  ivanov smirnov kuznetsov popov petrov sokolov volkov fedorov morozov novikov lebedev kozlov pavlov
  ivanova smirnova kuznetsova popova petrova sokolova volkova novikova shevchenko kovalenko bondarenko
  tkachenko kravchenko melnyk boyko
  papadopoulos georgiou nikolaou pappas dimitriou konstantinou
  cohen levi mizrahi peretz friedman katz
  nguyen tran le pham hoang phan vu dang bui ngo
  srisuk wongsawat chaiyaporn`;

function wordList(block: string): string[] {
  return block.split(/\s+/).filter(Boolean);
}

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

const excluded = (word: string): boolean =>
  notNameWords.has(word) || clinicalEponyms.has(word) || drugNames.has(word) || labAndScoreNames.has(word);

function nameSet(field: 'first_name' | 'last_name'): Set<string> {
  const out = new Set<string>();
  for (const locale of localeDefinitions()) {
    const person = locale.person as Record<string, unknown> | undefined;
    for (const entry of flatStrings(person?.[field])) {
      if (entry.includes('{{')) continue;
      for (const part of entry.split(/[\s]+/)) {
        const word = part.toLowerCase();
        if (word.length >= 2 && /^\p{L}[\p{L}'’-]*$/u.test(word) && !excluded(word)) out.add(word);
      }
    }
  }
  return out;
}

export const firstNames: ReadonlySet<string> = withWords(nameSet('first_name'), romanisedFirstNames);
export const lastNames: ReadonlySet<string> = withWords(nameSet('last_name'), romanisedLastNames);

function withWords(set: Set<string>, block: string): Set<string> {
  for (const word of wordList(block)) if (!excluded(word)) set.add(word);
  return set;
}

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
  benign mild major minor wells church lord love trust banks holmes gross`.split(/\s+/),
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
