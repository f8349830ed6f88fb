import * as faker from '@faker-js/faker';
import type { Candidate } from '../types.ts';
import { candidate, eachMatch, groupStart, lineBefore } from './collect.ts';
import {
  ambiguousEponyms, clinicalEponyms, drugNames, eponymHeadWords, labAndScoreNames, notNameWords, spanishEponymLeads,
} from '../vocab/clinical.ts';
import { cityNames, commonWordNames, firstNames, lastNames, usStates } from '../vocab/names.ts';

/**
 * Names of people and places smaller than a state. A capitalised run of words is a name when a
 * cue says so (a title, "Nombre:", "seen by", "daughter"), or when the name dictionaries vouch for
 * it and nothing marks it as clinical vocabulary (eponyms, drugs, lab tests) or an ordinary word.
 */
export const namePriority = { cued: 62, dictionary: 50, placeCued: 58, place: 45, facility: 47 } as const;

interface Token {
  start: number;
  end: number;
  /** Lower-cased, without a possessive "'s". */
  key: string;
  /** End of the token without its possessive. */
  nameEnd: number;
  shape: 'title' | 'upper' | 'initial' | 'lower' | 'other';
}

const tokenRe = /[\p{L}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}]/gu;
/** Words for relatives and roles: cues for the name after them, never part of it. */
const relationWords = new Set(['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'spouse', 'partner', 'friend', 'caregiver', 'guardian', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'aunt', 'uncle', 'hija', 'hijo', 'esposa', 'esposo', 'marido', 'madre', 'padre', 'hermana', 'hermano', 'pareja', 'novia', 'novio', 'cuidadora', 'cuidador', 'tutor', 'tutora', 'nieta', 'nieto', 'sobrina', 'sobrino', 'tía', 'tío', 'abuela', 'abuelo', 'mom', 'dad', 'contact']);
const connectors = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'y', 'bin', 'al', 'el', 'ten', 'ter', 'st']);
const titles = new Set(['dr', 'dra', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sr', 'sra', 'srta', 'don', 'doña', 'dña', 'dª', 'd', 'nurse', 'sister', 'father', 'rev', 'sir', 'madam', 'señor', 'señora', 'señorita', 'doctor', 'doctora', 'professor', 'profesor', 'profesora', 'lic', 'ing']);
const strongCueRe = /(?:\b(?:nombre|apellidos?|name|patient name|nombre del paciente|paciente|m[eé]dic[oa](?: responsable)?|doctor|doctora|remitido por|remitida por|responsable cl[ií]nico|responsable|enfermer[oa]|nurse|attending|resident|pcp|primary care|seen by|evaluated by|examined by|referred by|signed by|dictated by|reviewed by|cosigned by|accompanied by|acompañad[oa] (?:de|por)|cc|name is|named|called|my name is|daughter|son|wife|husband|mother|father|sister|brother|spouse|partner|fianc[eé]e?|friend|caregiver|guardian|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|hija|hijo|esposa|esposo|marido|madre|padre|hermana|hermano|pareja|novi[oa]|cuidador[a]?|tutor[a]?|niet[oa]|sobrin[oa]|t[ií][oa]|abuel[oa]|contact|emergency contact|contacto|firmado por|atendido por|atendida por|visto por|vista por|valorado por|valorada por|autor|author|provider|surgeon|cirujano|cirujana|anestesista|radi[oó]logo|pat[oó]logo)\s*(?:\([^)\n]{0,20}\))?\s*[:,-]?\s*(?:is|es|was|,)?\s*|\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Prof|Dña|Dª)\.?\s*)$/i;
/** Labels of a name field ("Patient: Becker, Wendy", "Caller: Ms. Snow", "RE: Asia Meyer"). */
const fieldCueRe = /\b(?:patient|pt|caller|re|attn|attention|recipient|interpreter|chaperone|witness|informant|historian|proxy|poa|ec|emergency contact|next of kin|nok|guarantor|insured|subscriber|pcp|referring(?: provider| physician)?|ordering(?: provider| physician)?|author|cosigner)\s*(?:name)?\s*[:#-]\s*$/i;
/** Credentials written after a clinician's name ("Jane Smith, NP", "R. Ruecker,MD", "Lee PA-C"). */
const credentialAfterRe = /^\s*,?\s*(?:MD|DO|NP|PA-C|PA|RN|LPN|LVN|CNA|PhD|MSW|LCSW|LICSW|PharmD|RPh|DDS|DMD|CNM|FNP|FNP-BC|FNP-C|AGNP|ANP|DNP|APRN|CRNA|MBBS|MBChB|FACP|FACC|FACS|OD|DPM|PsyD|LPC|LMFT|RD|RDN|MPH|BSN|MSN|PT|DPT|OT|OTR|SLP|CCC-SLP|RRT|EMT|MA|CMA)\b(?![-\w])/;
/** A name followed by the patient's age and sex: "Wendy (45 y/o F)", "Freddy is a 74-year-old man". */
const ageAfterRe = /^(?:\s*\(\s*\d{1,3}\s*(?:y\/?o|yo|y\.o\.|years?|yrs?|-year-old)\b|,?\s+(?:is|was)\s+an?\s+\d{1,3}[- ]?(?:year|yr|y\/o|yo|month|week)|,\s+an?\s+\d{1,3}[- ](?:year|yr|y\/o|yo|month))/i;
/** What a person does right after being named at the start of a sentence: "Kaela called requesting a refill". */
const personActionAfterRe = /^\s+(?:called|calls|phoned|reports|reported|states|stated|denies|denied|presents|presented|returns|returned|says|said|complains|complained|agrees|agreed|understands|understood|verbalized|verbalizes|requests|requested|asks|asked|came|comes|arrived|feels|felt|notes|noted|declines|declined|prefers|preferred|wants|wanted|is here|was seen|is seen|has been|had been|will|would|lives|lived|works|worked|refers|referred|refuses|refused|acudi[oó]|refiere|presenta|niega|consulta)\b/;
/** Capitalised verbs and heads that open a sentence about a person: "Called Wendy Becker with results". */
const personVerbs = new Set(['called', 'contacted', 'paged', 'notified', 'informed', 'told', 'asked', 'thanked', 'messaged', 'texted', 'emailed', 'e-mailed', 'phoned', 'visited', 'saw', 'met', 'per', 'cc', 'dear', 'attn', 'spoke', 'discussed', 'counseled', 'counselled', 'instructed', 'advised', 'reassured', 'llamé', 'llamamos', 'avisado', 'avisada']);
const weakCueRe = /\b(?:with|by|per|told|asked|called|informed|thanked|con|por)\s+$/i;
const placeCueRe = new RegExp(
  String.raw`(?:\b(?:lives in|living in|resides in|residing in|resident of|moved (?:here )?(?:from|to)|born in|native of|grew up in|relocated to|travel(?:l)?ed to|trip to|vive en|viven en|reside en|residente en|natural de|procedente de|originari[oa] de|nacid[oa] en|Localidad(?:\s*\/\s*Provincia)?|Provincia|Municipio|Ciudad|Poblaci[oó]n|City|Town|County|Lugar de nacimiento|Place of birth|Birthplace|Hometown|Location|Facility|Site)\s*[:.]?\s*)` +
    String.raw`((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:(?:de(?:l| la| los| las)?|la|el|y|upon|on|the)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,4})`,
  'gu',
);
const countyRe = /\b((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:County|Parish|Borough|Township|Condado|Comarca)\b/gu;
const cityStateRe = /\b(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}),\s+(?:([A-Z]{2})\b|(Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b)/gu;
const facilityRe = /\b(?:Hospital|Clínica|Clinica|Centro de Salud|Centro Médico|Centro Medico|Complejo Hospitalario|Policlínica|Sanatorio|Consultorio|Ambulatorio|Medical Center|Medical Centre|Health Center|Infirmary|Hospice|Mutua)(?:[ \t]+(?:(?:de(?:l| la| los| las)?|of|the|for|y|i|d'|l')[ \t]+)?[\p{Lu}\d][\p{L}\d'’.-]*){1,7}/gu;
const namedFacilityRe = /\b((?:St\.?|Saint|San|Santa|Mount|Mt\.?)?[ \t]*\p{Lu}[\p{L}'’-]+[ \t]+(?:(?:\p{Lu}[\p{L}'’-]+|and|&)[ \t]+){0,3})(?:Memorial |General |Community |Regional |University |Children's |County |Medical |Health )*(?:Hospital|Medical Center|Medical Centre|Clinic|Health System|Infirmary|Health Center|Health Services|Behavioral Health|Medical Group|Family Practice|Family Medicine|Internal Medicine|Primary Care|Urgent Care|Care Center|Associates|Physicians|Pediatrics|Cardiology|Dermatology|Oncology|Cancer Center|Cancer Institute|Heart Institute|Eye Center|Dialysis Center|Sleep Center|Imaging Center|Orthopedics|Orthopaedics|Women's Health|Surgical Center|Surgery Center|Rehabilitation Center|Rehabilitation Hospital|Sports Medicine|Nursing Home|Nursing Center|Assisted Living|Senior Living|Home Health|Hospice|Health|(?:Heart|Vascular|Cancer|Eye|Sleep|Kidney|Diabetes|Spine|Breast|Wellness|Digestive|Lung|Stroke|Neuroscience|Transplant|Birth|Maternity|Dialysis|Imaging|Surgical|Surgery|Rehabilitation|Trauma|Burn) (?:Center|Centre|Institute))\b/gu;
/** The site after a facility name on the same line: "Riverside Family Medicine - Eastside". */
const facilitySiteRe = /^[ \t]+[-–][ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}/u;
const genericFacilityWords = new Set(['hospital', 'general', 'universitario', 'universitaria', 'universitari', 'regional', 'comarcal', 'provincial', 'clínico', 'clinico', 'medical', 'center', 'centre', 'memorial', 'community', 'county', 'university', "children's", 'health', 'the', 'de', 'del', 'la', 'of', 'salud', 'centro', 'médico', 'medico', 'clínica', 'clinica', 'servicio', 'unidad', 'our', 'this', 'their', 'a', 'same', 'local', 'outside', 'another', 'other', 'previous', 'referring', 'private', 'public', 'teaching', 'tertiary', 'day', 'state', 'psychiatric', 'rehabilitation', 'rehab', 'department', 'dept', 'division', 'section', 'service', 'clinical', 'outpatient', 'inpatient', 'pediatric', 'adult', 'family', 'internal', 'primary', 'urgent', "women's", 'cancer', 'heart', 'eye', 'sleep', 'imaging', 'surgical', 'nursing', 'home', 'senior', 'behavioral', 'mental', 'dental', 'specialty', 'see', 'call', 'contact', 'visit', 'at', 'in', 'from', 'to', 'with']);

const countries: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const code of ['en', 'es', 'de', 'fr', 'it', 'pt_BR'] as const) {
    const location = (faker as unknown as Record<string, { location?: { country?: unknown } } | undefined>)[code]?.location;
    const list = location?.country;
    if (Array.isArray(list)) for (const c of list) if (typeof c === 'string') set.add(c.toLowerCase());
  }
  for (const c of ['españa', 'spain', 'usa', 'u.s.', 'u.s.a.', 'us', 'united states', 'estados unidos', 'eeuu', 'ee.uu.', 'america', 'méxico', 'mexico', 'uk', 'england', 'inglaterra', 'europe', 'europa', 'africa', 'áfrica', 'asia', 'latinoamérica', 'sudamérica', 'gran bretaña', 'reino unido']) set.add(c);
  return set;
})();

function shapeOf(word: string): Token['shape'] {
  if (/[ºª]/.test(word)) return 'other';
  if (word.length === 1) return /\p{Lu}/u.test(word) ? 'initial' : 'other';
  if (/^\p{Lu}[\p{Lu}'’-]+$/u.test(word)) return 'upper';
  if (/^\p{Lu}/u.test(word)) return 'title';
  if (/^\p{Ll}/u.test(word)) return 'lower';
  return 'other';
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachMatch(tokenRe, text, (m) => {
    const word = m[0];
    let nameEnd = m.index + word.length;
    let key = word.toLowerCase();
    const possessive = /['’]s$/i.exec(word);
    if (possessive && word.length > 3) { key = key.slice(0, -2); nameEnd -= 2; }
    tokens.push({ start: m.index, end: m.index + word.length, key, nameEnd, shape: shapeOf(word) });
  });
  return tokens;
}

function isDictionaryName(key: string): boolean {
  if (firstNames.has(key) || lastNames.has(key)) return true;
  if (/^(?:o['’]|mc|mac|d['’]|fitz)\p{L}{2,}/u.test(key)) return true;
  if (key.includes('-')) return key.split('-').some((part) => part.length > 1 && (firstNames.has(part) || lastNames.has(part)));
  return false;
}

function isClinicalWord(key: string): boolean {
  return clinicalEponyms.has(key) || drugNames.has(key) || labAndScoreNames.has(key);
}

/** Text between two tokens allows them in one name: spaces, or ". " after an initial. */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '  ') return true;
  if (a.shape === 'initial' && (gap === '. ' || gap === '.')) return true;
  return false;
}

function sentenceInitial(text: string, token: Token): boolean {
  let i = token.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '(' || text[i] === '¿' || text[i] === '¡' || text[i] === '*' || text[i] === '-' || text[i] === '•')) i--;
  if (i < 0) return true;
  return /[.!?:\n;>]/.test(text[i]!);
}

/** Words written lower-case somewhere in the note are ordinary words there, not names. */
function lowerCaseWords(tokens: Token[], text: string): Set<string> {
  const set = new Set<string>();
  for (const t of tokens) {
    if (t.shape !== 'lower') continue;
    // Words inside e-mail addresses, URLs and handles ("maria.lopez@...") say nothing about ordinary use.
    const before = text[t.start - 1] ?? ' ';
    const after = text[t.end] ?? ' ';
    if (/[@._/\\\d-]/.test(before) || /[@_/\\\d-]/.test(after) || (after === '.' && /\w/.test(text[t.end + 1] ?? ''))) continue;
    set.add(text.slice(t.start, t.end));
  }
  return set;
}

function eponymInContext(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (clinicalEponyms.has(t.key)) return true;
  if (!ambiguousEponyms.has(t.key)) return false;
  // "Wilson disease", "Bell's palsy", "Wells score" / "enfermedad de Wilson", "grado 2 de Fuhrman".
  // The head word must follow within the same phrase: "Becker).\nPrior Colles fracture" is no "Becker fracture".
  let j = i + 1;
  while (j < tokens.length && j <= i + 3) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (!/^[ \t'’-]*$/.test(gap)) break;
    if (eponymHeadWords.has(tokens[j]!.key)) return true;
    if (tokens[j]!.shape === 'lower') break;
    j++;
  }
  const before = text.slice(Math.max(0, t.start - 40), t.start).toLowerCase();
  const lead = /(\p{L}+)\s+(?:\d+\s+)?de\s+(?:\p{Lu}\p{L}*\s+)?$/u.exec(before);
  return lead !== null && spanishEponymLeads.has(lead[1]!);
}

/** A cue before the name, or before the surname of a "Surname, Given" pair ("Patient: Becker, Wendy"). */
function cuedBefore(raw: string): boolean {
  // "her mother (Amber)": a relation word before an opening parenthesis is the same cue.
  const before = raw.replace(/\(\s*$/, '');
  if (strongCueRe.test(before) || fieldCueRe.test(before)) return true;
  const surname = /(?:^|[\s:])(\p{Lu}[\p{L}'’-]+),\s*$/u.exec(before);
  if (!surname) return false;
  const lead = before.slice(0, surname.index + surname[0].indexOf(surname[1]!));
  return fieldCueRe.test(lead) || /\b(?:name|nombre|patient name)\s*:\s*$/i.test(lead);
}

/** A cue after the name: a clinician's credential, or the patient's age and sex. */
function cuedAfter(words: Token[], after: string): boolean {
  if (ageAfterRe.test(after)) return true;
  // A known given name or surname followed by what people do ("Collin reports a headache").
  if (personActionAfterRe.test(after) && words.every((w) => w.shape === 'title' || w.shape === 'initial' || w.shape === 'upper') && isDictionaryName(words[words.length - 1]!.key)) return true;
  const credential = credentialAfterRe.exec(after);
  if (!credential) return false;
  // "Baltimore, MD 21201" and "Erie, PA" are places: MD and PA are also state codes.
  if (/^(?:MD|PA)$/.test(credential[0].replace(/^[\s,]+/, ''))) {
    if (/^\s*\d{5}/.test(after.slice(credential[0].length))) return false;
    return words.length >= 2 ? firstNames.has(words[0]!.key) || isDictionaryName(words[words.length - 1]!.key) : firstNames.has(words[0]!.key);
  }
  return true;
}

export function detectNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  const tokens = tokenize(text);
  const lowered = lowerCaseWords(tokens, text);
  const lowerSeen = (t: Token) => lowered.has(t.key);

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.shape !== 'title' && t.shape !== 'upper' && t.shape !== 'initial') { i++; continue; }
    // A run of capitalised tokens (with name connectors between them).
    const run: number[] = [i];
    let j = i + 1;
    while (j < tokens.length && run.length < 8) {
      const prev = tokens[run[run.length - 1]!]!;
      const cur = tokens[j]!;
      if (!joinable(text, prev, cur)) break;
      if (cur.shape === 'title' || cur.shape === 'upper' || cur.shape === 'initial') { run.push(j); j++; continue; }
      if (cur.shape === 'lower' && connectors.has(cur.key) && j + 1 < tokens.length && joinable(text, cur, tokens[j + 1]!) && /^\p{Lu}/u.test(text[tokens[j + 1]!.start]!)) {
        run.push(j); j++; continue;
      }
      break;
    }
    i = j;
    considerRun(run);
  }

  function considerRun(run: number[]): void {
    // Split the run at words that cannot be part of a name: titles and note words, clinical vocabulary.
    let piece: number[] = [];
    let cueFromTitle = false;
    let cueFromVerb = false;
    const flush = () => {
      // A trailing lower-case particle is not part of a name; a capitalised one may be a surname ("Gus Von").
      while (piece.length > 1 && connectors.has(tokens[piece[piece.length - 1]!]!.key) && tokens[piece[piece.length - 1]!]!.shape !== 'title') piece.pop();
      if (piece.length === 1 && connectors.has(tokens[piece[0]!]!.key)) piece.pop();
      if (piece.length) judge(piece, cueFromTitle, cueFromVerb);
      piece = [];
      cueFromTitle = false;
      cueFromVerb = false;
    };
    for (const idx of run) {
      const tok = tokens[idx]!;
      if (titles.has(tok.key) && tok.shape !== 'upper') { flush(); cueFromTitle = true; continue; }
      if (relationWords.has(tok.key)) { flush(); continue; }
      if (piece.length === 0 && personVerbs.has(tok.key)) { flush(); cueFromVerb = true; continue; }
      // "De Miguel Rivera", "Van der Berg": a capitalised particle belongs to the surname that follows.
      if (connectors.has(tok.key) && tok.shape === 'title') { piece.push(idx); continue; }
      // A middle initial ("Kaela A. Holmes") is part of the name even when the letter is a word ("A", "I").
      const dottedInitial = tok.shape === 'initial' && text[tok.end] === '.' && piece.length > 0;
      if (tok.shape !== 'lower' && !dottedInitial && (notNameWords.has(tok.key) || (isClinicalWord(tok.key) && !cueFromTitle) || eponymInContext(text, tokens, idx))) {
        flush();
        continue;
      }
      if (piece.length === 0 && tok.shape === 'lower') continue;
      piece.push(idx);
    }
    flush();
  }

  function judge(piece: number[], titleCue: boolean, verbCue = false): void {
    const first = tokens[piece[0]!]!;
    const last = tokens[piece[piece.length - 1]!]!;
    const before = lineBefore(text, first.start, 60);
    const words = piece.map((k) => tokens[k]!).filter((tk, n) => tk.shape !== 'lower' && (!connectors.has(tk.key) || (n === piece.length - 1 && n > 0)));
    if (words.length === 0) return;
    const after = text.slice(last.end, last.end + 40);
    const cued = titleCue || cuedBefore(before) || (verbCue && isDictionaryName(words[0]!.key)) || cuedAfter(words, after);
    // A line that holds only a name (a signature, an addressee): first name plus one or two more words.
    const lineAfter = text.slice(last.end, last.end + 40).split('\n')[0]!;
    const ownLine = before.trim() === '' && /^(?:\s*,?\s*(?:MD|DO|NP|PA-?C?|RN|LPN|PhD|MSW|LCSW|PharmD|DDS|CNM|FNP|APRN)\b.*)?\s*$/.test(lineAfter);
    if (ownLine && words.length >= 2 && words.length <= 3 && firstNames.has(words[0]!.key) && words.every((tk) => tk.shape === 'title' || tk.shape === 'initial')) {
      const c = candidate(text, first.start, last.nameEnd, 'NAME', namePriority.dictionary);
      if (c) out.push(c);
      return;
    }
    const named = words.filter((tk) => tk.shape !== 'initial' && isDictionaryName(tk.key));
    const strongHits = named.filter((tk) => !commonWordNames.has(tk.key) && !lowerSeen(tk));
    const phrase = piece.map((k) => tokens[k]!.key).join(' ');
    const city = cityNames.has(phrase) || (words.length === 1 && cityNames.has(words[0]!.key));

    if (cued) {
      if (words.every((tk) => tk.shape === 'initial')) return;
      // A final initial keeps its period: "Holmes, Kaela A.".
      const end = Math.min(last.shape === 'initial' && text[last.end] === '.' ? last.end + 1 : last.nameEnd, text.length);
      const c = candidate(text, first.start, end, 'NAME', namePriority.cued);
      if (c) out.push(c);
      return;
    }
    if (countries.has(phrase)) return;
    if (city && strongHits.length < words.length && !(words.length === 1 && words[0]!.shape === 'upper')) {
      const c = candidate(text, first.start, last.nameEnd, 'LOCATION', namePriority.place);
      if (c) out.push(c);
      return;
    }
    const allUpper = words.every((tk) => tk.shape === 'upper' || tk.shape === 'initial');
    if (allUpper) {
      if (words.length >= 2 && named.length === words.filter((tk) => tk.shape !== 'initial').length && strongHits.length >= 1) {
        const c = candidate(text, first.start, last.nameEnd, 'NAME', namePriority.dictionary - 5);
        if (c) out.push(c);
      }
      return;
    }
    const nonInitial = words.filter((tk) => tk.shape !== 'initial').length;
    // After "with", "by", "per", "told": two capitalised words led by a known first name ("with Will Hartley").
    const weakCue = weakCueRe.test(before) && firstNames.has(words[0]!.key);
    if (words.length >= 2) {
      if ((strongHits.length >= 1 && named.length >= nonInitial - 1) || (weakCue && words.length <= 3)) {
        const c = candidate(text, first.start, last.nameEnd, 'NAME', namePriority.dictionary);
        if (c) out.push(c);
      } else if (city) {
        const c = candidate(text, first.start, last.nameEnd, 'LOCATION', namePriority.place);
        if (c) out.push(c);
      }
      return;
    }
    // A single word: a dictionary name that is not an ordinary word and does not open a sentence.
    if (strongHits.length === 1 && first.shape === 'title' && !sentenceInitial(text, first)) {
      const c = candidate(text, first.start, first.nameEnd, 'NAME', namePriority.dictionary - 2);
      if (c) out.push(c);
    } else if (city && first.shape === 'title') {
      const c = candidate(text, first.start, first.nameEnd, 'LOCATION', namePriority.place);
      if (c) out.push(c);
    }
  }

  return out;
}

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
    if ((m[2] === 'MD' || m[2] === 'PA') && !/^\s*\d{5}/.test(text.slice(m.index + m[0].length)) && looksLikePerson(city)) return;
    const words = city.split(/\s+/);
    // Keep only the trailing words that are not note vocabulary ("Seen in Boston, MA" -> "Boston").
    let k = words.length;
    while (k > 0 && !notNameWords.has(words[k - 1]!.toLowerCase())) k--;
    const kept = words.slice(k).join(' ');
    if (!kept) return;
    const s = m.index + city.length - kept.length;
    push(s, s + kept.length, namePriority.placeCued);
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
