import type { Candidate } from '../types.ts';
import { candidate, eachMatch, groupStart, lineBefore } from './collect.ts';
import { unitPattern } from '../vocab/clinical.ts';
import { usStateAbbreviations } from '../vocab/names.ts';

/**
 * Pattern detectors for the identifiers that have a shape: e-mail, URL, IP, SSN, phone and fax,
 * record, plan, account, licence and device numbers, ZIP codes and ages over 89.
 */

export const priority = {
  email: 95, url: 90, ip: 90, ssn: 88, mrn: 86, id: 84, date: 80, age: 80, phone: 75,
  address: 70, zip: 65, genericId: 30,
} as const;

const emailRe = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const urlRe = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'()]+/gi;
const domainRe = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|mil|info|biz|io|co|us|uk|es|de|fr|it|nl|be|se|no|dk|fi|pl|hu|cz|pt|br|mx|ar|cl|ca|au|nz|ch|at|gr|cy|si|ru|in|jp|cn|health|med|cat|eus|gal)(?:\/[^\s<>"'()]*)?(?![\w@.-]*@)\b/gi;
const ipv4Re = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]*\d)/g;
const ipv6Re = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){0,6}[0-9a-f]{1,4}(?![\w:])/gi;
const ssnRe = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
const ssnCueRe = /\b(?:SSN|SS#|social security(?: number| no\.?| #)?)\s*(?:is|:|#|no\.?)?\s*(\d{3}[\s.-]?\d{2}[\s.-]?\d{4})(?!\d)/gi;

const mrnCueRe = /(?:\bMRN|\bMR\s?#|\bMR\s?No\.?|\bMed\.?\s?Rec(?:ord)?\.?(?: number| no\.?| #)?|\bmedical record(?: number| no\.?| #)?|\brecord (?:number|no\.?|#)|\bchart (?:number|no\.?|#)|\bhospital (?:number|no\.?)|\bpatient (?:id|number|no\.?)|\bN\.?H\.?C\b\.?|\bhistoria cl[ií]nica(?: n[ºo°]\.?| n[uú]mero)?|\bn[ºo°]\.? ?(?:de )?historia|\bn[uú]mero de historia(?: cl[ií]nica)?|\bCIPA)\s*(?:is|es|:|#|=|-)?\s*(?:n[ºo°]\.?|number|no\.?|#)?\s*[:#]?\s*((?:nhc-|NHC-)?[A-Z]{0,4}-?\d[\d-]{2,14}[A-Z]?)(?![\w-])/gi;

const idCueRe = new RegExp(
  String.raw`(?:\b(?:account|acct|policy|member|subscriber|group|insurance|health plan|plan|beneficiary|medicare|medicaid|` +
    String.raw`license|licence|driver'?s license|DEA|NPI|certificate|cert|serial|device|VIN|plate|passport|` +
    String.raw`NASS|NUSS|NIF|DNI|NIE|CIP|TIS|tarjeta sanitaria|tarjeta|col|colegiado|episodio|afiliaci[oó]n|` +
    String.raw`seguridad social|pasaporte|IBAN|card|credit card|lot|batch|claim|case|ID|identificador|c[oó]digo)\b\.?)` +
    String.raw`(?:\s*(?:id|ID|number|num|no\.?|n[ºo°]\.?|#|n[uú]mero)\b\.?)?\s*(?:is|es|:|#|=)?\s*(?:n[ºo°]\.?|number|no\.?|#)?\s*[:#]?\s*` +
    String.raw`([A-Z]{0,4}[- ]?\d[\dA-Z]*(?:[ -][A-Z]{0,3}\d[\dA-Z]*){0,4})(?![\w-])`,
  'gi',
);
const colegiadoRe = /(?:N[ºo°]\.?\s?Col(?:egiado)?\.?|n[uú]mero de colegiado)\s*[:.]?\s*(\d[\d ]{3,14}\d)/gi;

// Digits with the separators phone numbers use; never across a line break, so two numbers on
// consecutive lines are two candidates. An extension ("ext. 214", "x214") belongs to the number.
const phoneRe = /(?<![\w/.-])(?:\+\s?)?\(?\d[\d(). \t-]{5,24}\d(?:\s*(?:ext\.?|x|extensi[oó]n)\s*\d{1,5})?(?![\w/-]|\.\d|,\d)/gi;
const phoneCueRe = /(?:\b(?:tel[eé]?f?o?n?o?|tfno|telf|phone|ph|call|callback|call-back|call back|cell|cellular|mobile|m[oó]vil|fax|facsimile|contact|pager|beeper|reach|reached|desk|office|home|work|llamar|n[uú]mero|number)\b|\b[TPCMHWF]\s*:)[.:]?[^\n\d]{0,12}$/i;
// Fax cues: the word, "facsimile", and the "F:" label of letterheads ("P: ... F: ...").
/** An unbroken North American number: area code and exchange never start with 0 or 1. */
const nanpDigitsRe = /^(?:\+?1)?[2-9]\d{2}[2-9]\d{6}$/;
const reachCueRe = /\b(?:at|reach|reached|call|text|number|phone|cell|mobile|contact|contacts|brother|sister|wife|husband|son|daughter|mother|father|partner|friend|caregiver)\b/i;
const faxCueRe = /(?:\b(?:fax|facsimile|telefax)\b|\bF\s*:)[^\n\d]{0,10}$/i;
const afterUnitRe = new RegExp(String.raw`^\s*${unitPattern}(?![\p{L}])`, 'u');

const zipCueRe = /\b(?:zip(?: ?code)?|postal code|post code|c\.?\s?p\.?|c[oó]digo postal)\s*(?:is|es|:|#)?\s*(\d{5}(?:-\d{4})?)(?!\d)/gi;
const zipAfterStateRe = /\b([A-Z]{2})\.?,?\s+(\d{5}(?:-\d{4})?)(?![\d-])/g;
const zipAfterStateNameRe = /\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming),?\s+(\d{5}(?:-\d{4})?)(?!\d)/g;
const zipBeforePlaceRe = /(?<![\w-])(?:E-)?((?:0[1-9]|[1-4]\d|5[0-2])\d{3})\s+(?=\p{Lu}\p{Ll})/gu;

const ageRe = /\b((?:9\d|1[0-2]\d))(?:\s*|-)(?:years?[- ]old|year-old|yrs?[- ]old|y\/o|y\.o\.|yo\b|yrs?\b|years?\b|a[ñn]os|aa\.?)/gi;
const ageCueRe = /\b(?:aged?|edad(?: de)?|age of|at the age of|a la edad de)\s*:?\s*((?:9\d|1[0-2]\d))\b/gi;
const ageDecadeRe = /\b(?:in (?:his|her|their) )?((?:9|10)0'?s)\b|\b(nonagenarian|centenarian|noventa(?: y \w+)? a[ñn]os|ninety[- ]?(?:one|two|three|four|five|six|seven|eight|nine)?[- ]years?[- ]old)/gi;

const codeRe = /(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,}(?![\w-])/g;
const longDigitsRe = /(?<![\w.,/-])\d{7,}(?![\w.,/-]|,\d)/g;
const clinicalCodeRe = /^(?:[A-TV-Z]\d{2}[A-Z0-9]{0,4}|\d{1,5}-\d|T[0-4X][a-d]?N[0-3X][a-c]?M[01X][a-c]?|[A-Z]{2,6}-?\d{1,3}[A-Z]?|COVID-19|SARS-COV-2|H\dN\d|HLA-[A-Z0-9]+)$/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) n++; }
  return n;
}

/** True when a digit run has the grouping of a telephone number rather than of a list of values. */
function phoneShaped(raw: string, cued: boolean): boolean {
  // The extension says nothing about the grouping of the number itself.
  const value = raw.replace(/\s*(?:ext\.?|x|extensi[oó]n)\s*\d{1,5}$/i, '');
  const digits = digitCount(value);
  if (digits < 7 || digits > 15) return false;
  if (/\n/.test(value)) return false;
  // Dotted groups are decimals unless they have the North American 3.3.4 shape ("555.123.4567", "+1.555.123.4567").
  if (/\d\.\d/.test(value) && !/^(?:\+?1\.)?\(?\d{3}\)?\.\d{3}\.\d{4}$/.test(value)) return false;
  const groups = value.replace(/^\+\s?/, '').split(/[^\d]+/).filter(Boolean).map((g) => g.length);
  if (value.startsWith('+')) return true;
  if (cued) return true;
  const shape = groups.join('-');
  if (/^(?:3-3-4|3-4|3-3-3|3-2-2-2|2-3-2-2|2-2-2-2-2|4-3-4|4-7|3-7|4-6|1-3-3-4|3-3-2-2|4-4|2-4-4)$/.test(shape)) {
    // Three groups of three digits are a Spanish number only when they start like one (6, 7, 8, 9).
    return !/^\d{1,3} \d{1,3} \d{1,3}$/.test(value) || /^[6-9]\d\d \d{3} \d{3}$/.test(value) || /\(/.test(value);
  }
  if (/^\(\d{3}\)\s?\d{3}[\s.-]?\d{4}/.test(value)) return true;
  // An unbroken run of digits is a phone number only with a cue; otherwise it is left to the ID detector.
  return false;
}

export function detectPatterns(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (c: Candidate | null) => { if (c) out.push(c); };

  eachMatch(emailRe, text, (m) => push(candidate(text, m.index, m.index + m[0].length, 'EMAIL', priority.email)));
  eachMatch(urlRe, text, (m) => push(candidate(text, m.index, m.index + m[0].length, 'URL', priority.url)));
  eachMatch(domainRe, text, (m) => {
    const before = text[m.index - 1];
    if (before === '@' || before === '.') return;
    push(candidate(text, m.index, m.index + m[0].length, 'URL', priority.url - 5));
  });
  eachMatch(ipv4Re, text, (m) => push(candidate(text, m.index, m.index + m[0].length, 'IP', priority.ip)));
  eachMatch(ipv6Re, text, (m) => {
    if (m[0].split(':').length < 4) return; // times such as 10:30 are not addresses
    push(candidate(text, m.index, m.index + m[0].length, 'IP', priority.ip));
  });
  eachMatch(ssnRe, text, (m) => push(candidate(text, m.index, m.index + m[0].length, 'SSN', priority.ssn)));
  eachMatch(ssnCueRe, text, (m) => { const s = groupStart(m, 1); push(candidate(text, s, s + m[1]!.length, 'SSN', priority.ssn)); });

  eachMatch(mrnCueRe, text, (m) => {
    const s = groupStart(m, 1);
    let value = m[1]!;
    let start = s;
    if (/^nhc-/i.test(value)) { start += 4; value = value.slice(4); }
    if (digitCount(value) < 3) return;
    push(candidate(text, start, start + value.length, 'MRN', priority.mrn));
  });
  eachMatch(idCueRe, text, (m) => {
    const value = m[1]!;
    if (digitCount(value) < 3) return;
    const s = groupStart(m, 1);
    const tail = text.slice(s + value.length, s + value.length + 12);
    if (afterUnitRe.test(tail) && digitCount(value) < 6) return;
    push(candidate(text, s, s + value.length, 'ID', priority.id));
  });
  eachMatch(colegiadoRe, text, (m) => { const s = groupStart(m, 1); push(candidate(text, s, s + m[1]!.length, 'ID', priority.id)); });

  eachMatch(phoneRe, text, (m) => {
    let value = m[0];
    const before = lineBefore(text, m.index, 30);
    // Ten unbroken digits shaped like a North American number ("at 6517609400") are a phone number
    // when the sentence speaks of reaching someone, even if the cue word is further back.
    const cued = phoneCueRe.test(before) || (nanpDigitsRe.test(m[0].trim()) && reachCueRe.test(lineBefore(text, m.index, 80)));
    // Trim a trailing piece that belongs to the next field ("... 963864175 E-mail").
    value = value.replace(/[\s(.-]+$/, '');
    if (!phoneShaped(value, cued)) return;
    const tail = text.slice(m.index + value.length, m.index + value.length + 12);
    if (!cued && afterUnitRe.test(tail)) return;
    const type = faxCueRe.test(before) ? 'FAX' : 'PHONE';
    push(candidate(text, m.index, m.index + value.length, type, priority.phone));
  });

  eachMatch(zipCueRe, text, (m) => { const s = groupStart(m, 1); push(candidate(text, s, s + m[1]!.length, 'ZIP', priority.zip)); });
  eachMatch(zipAfterStateRe, text, (m) => {
    if (!usStateAbbreviations.has(m[1]!)) return;
    const s = groupStart(m, 2);
    push(candidate(text, s, s + m[2]!.length, 'ZIP', priority.zip));
  });
  eachMatch(zipAfterStateNameRe, text, (m) => { const s = groupStart(m, 1); push(candidate(text, s, s + m[1]!.length, 'ZIP', priority.zip)); });
  eachMatch(zipBeforePlaceRe, text, (m) => {
    const s = m.index + m[0].indexOf(m[1]!);
    const next = text.slice(s + 5, s + 30);
    if (afterUnitRe.test(next)) return;
    push(candidate(text, s, s + 5, 'ZIP', priority.zip - 5));
  });

  eachMatch(ageRe, text, (m) => push(candidate(text, m.index, m.index + m[1]!.length, 'AGE', priority.age)));
  eachMatch(ageCueRe, text, (m) => { const s = groupStart(m, 1); push(candidate(text, s, s + m[1]!.length, 'AGE', priority.age)); });
  eachMatch(ageDecadeRe, text, (m) => {
    const value = m[1] ?? m[2]!;
    const s = m.index + m[0].indexOf(value);
    push(candidate(text, s, s + value.length, 'AGE', priority.age));
  });

  eachMatch(codeRe, text, (m) => {
    const value = m[0];
    if (clinicalCodeRe.test(value) || digitCount(value) < 4) return;
    if (/^\d+-\d+$/.test(value) && value.length < 10) return; // ranges and LOINC-like codes
    if (/^(?:IBAN)?[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value) || digitCount(value) >= 5 || /^[A-HJ-NPR-Z0-9]{17}$/.test(value)) {
      push(candidate(text, m.index, m.index + value.length, 'ID', priority.genericId));
    }
  });
  eachMatch(longDigitsRe, text, (m) => {
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (afterUnitRe.test(tail)) return;
    push(candidate(text, m.index, m.index + m[0].length, 'ID', priority.genericId));
  });
  // Card numbers written in groups of four.
  eachMatch(/(?<!\d)\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?(?![\d-])/g, text, (m) => {
    if (luhnValid(m[0].replace(/\D/g, ''))) push(candidate(text, m.index, m.index + m[0].length, 'ID', priority.id - 2));
  });
  return out;
}
