import type { Candidate } from '../types.ts';
import { candidate, lineBefore, opensSentence } from './collect.ts';
import {
  ambiguousEponyms, clinicalEponyms, drugNames, eponymHeadWords, labAndScoreNames, notNameWords, spanishEponymLead,
} from '../vocab/clinical.ts';
import {
  cityNames, commonWordNames, distinctSurnameShapeRe, firstNames, foldAccents, lastNames, nameableWords, surnameShapeRe,
} from '../vocab/names.ts';
import {
  ageAfterRe, connectors, credentialAfterRe, cueBefore, idLabelAfterRe, namePriority, personActionAfterRe, personVerbAfterRe,
  personVerbs, relationWords, signatureLeadRe, speakerAfterRe, titles, vocativeAfterRe, weakCueRe, type CueKind,
} from './name-cues.ts';
import { countries } from './places.ts';

export { namePriority } from './name-cues.ts';
export { detectPlaces } from './places.ts';

/**
 * Names of people. A capitalised run of words is a name when a cue says so (a title, "Nombre:",
 * "seen by", "daughter", a credential after it), or when the name dictionaries vouch for it and
 * nothing marks it as clinical vocabulary (eponyms, drugs, lab tests) or an ordinary word.
 *
 * A word that is a name and also note vocabulary ("Ward", "Le", "Alta", "Parkinson", "Wells") is
 * held as a soft word: it belongs to the name when a person is evident beside it (a title or
 * relation before it, a credential or age after it, a given name next to it), and is vocabulary
 * otherwise. An eponym followed by its clinical head word ("Parkinson disease") is never a name.
 */

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

/**
 * A capital right after a small letter is a name's only after a short prefix ("McDonald", "LaToya",
 * "DeShawn", "MacLeod"); after an apostrophe or a hyphen it always may be ("O'Connell", "Lopez-Ortiz").
 */
const innerCapitalRe = /\p{Ll}\p{Lu}/u;
const prefixedNameRe = /^\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}+(?:['’]s)?$/u;

function shapeOf(word: string): Token['shape'] {
  if (word.includes('º') || word.includes('ª')) return 'other';
  const c0 = word[0]!;
  const firstUpper = c0.toLowerCase() !== c0;
  if (word.length === 1) return firstUpper ? 'initial' : 'other';
  if (!firstUpper) return c0.toUpperCase() !== c0 ? 'lower' : 'other';
  if (word === word.toUpperCase()) return 'upper';
  const rest = word.slice(1);
  // "IgG", "SatO2", "HbA1c": lab notation, not a name.
  if (rest !== rest.toLowerCase() && innerCapitalRe.test(word) && !prefixedNameRe.test(word)) return 'other';
  return 'title';
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Only a to z, apostrophes and hyphens: nothing an accent fold could change. */
function plainAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45 || c === 8217)) return false;
  }
  return true;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenRe.lastIndex = 0;
  for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
    const word = m[0];
    let nameEnd = m.index + word.length;
    let key = word.toLowerCase();
    if (word.length > 3 && /['’]s$/i.test(word)) { key = key.slice(0, -2); nameEnd -= 2; }
    // A word glued to digits is a code or a formula ("SatO2", "T4", "B12"), never a name.
    const glued = isDigit(text.charCodeAt(m.index + word.length)) || isDigit(text.charCodeAt(m.index - 1));
    tokens.push({ start: m.index, end: m.index + word.length, key, nameEnd, shape: glued ? 'other' : shapeOf(word) });
  }
  return tokens;
}

function isDictionaryName(key: string): boolean {
  if (firstNames.has(key) || lastNames.has(key)) return true;
  // "Wiśniewski", "Nuñez": the lists may write a name without its accents.
  if (!plainAscii(key)) {
    const folded = foldAccents(key);
    if (folded !== key && (firstNames.has(folded) || lastNames.has(folded))) return true;
  }
  if ((key.startsWith('o') || key.startsWith('m') || key.startsWith('d') || key.startsWith('f')) && /^(?:o['’]|mc|mac|d['’]|fitz)\p{L}{2,}/u.test(key)) return true;
  if (key.includes('-')) return key.split('-').some((part) => part.length > 1 && (firstNames.has(part) || lastNames.has(part)));
  return false;
}

/** Note vocabulary, clinical or not, that a name list may also hold. */
function isVocabulary(key: string): boolean {
  return notNameWords.has(key) || clinicalEponyms.has(key) || drugNames.has(key) || labAndScoreNames.has(key);
}

/** A word that names a person when what follows says so ("Braxton called", "Nina reports"): any name but a drug or a test. */
function personalWord(key: string): boolean {
  return isDictionaryName(key) || (nameableWords.has(key) && !labAndScoreNames.has(key) && !drugNames.has(key));
}

/** A dictionary name that is no ordinary word and no eponym: enough alone before what people do. */
function plainName(key: string): boolean {
  return isDictionaryName(key) && !commonWordNames.has(key) && !ambiguousEponyms.has(key) && !cityNames.has(key);
}

/** Text between two tokens allows them in one name: spaces, or ". " after an initial. */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '  ') return true;
  if (a.shape === 'initial' && (gap === '. ' || gap === '.')) return true;
  return false;
}

/** "St. " right before a word: a saint, a church, a town or a facility, and a surname only after a person's cue. */
const saintBeforeRe = /(?:^|[^\p{L}])(S[Tt][Ee]?\. ?)$/u;

/** Every word in title case, or every word in capitals: "Haleigh Ward", "WARD, HALEIGH", not "Nina OR". */
function oneCase(words: Token[]): boolean {
  const full = words.filter((w) => w.shape !== 'initial');
  return full.every((w) => w.shape === 'title') || full.every((w) => w.shape === 'upper');
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

/**
 * True when an eponym is used as a clinical term here: its head word follows in the same phrase
 * ("Wilson disease", "Bell's palsy", "Parkinson disease") or a Spanish construction leads to it
 * ("enfermedad de Wilson", "grado 2 de Fuhrman").
 */

function eponymUse(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!clinicalEponyms.has(t.key) && !ambiguousEponyms.has(t.key)) return false;
  // The head word must follow within the same phrase: "Becker).\nPrior Colles fracture" is no "Becker fracture".
  let j = i + 1;
  while (j < tokens.length && j <= i + 3) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (!/^[ \t'’-]*$/.test(gap)) break;
    if (eponymHeadWords.has(tokens[j]!.key)) return true;
    if (tokens[j]!.shape === 'lower') break;
    j++;
  }
  return spanishEponymLead(text, t.start);
}

/** A cue after the name: a clinician's credential, the patient's age and sex, an identifier label, an action. */
function cuedAfter(words: Token[], after: string): boolean {
  if (ageAfterRe.test(after)) return true;
  // "Reed Brown | MRN # 2382": a header line names the patient before the record's identifiers.
  if (idLabelAfterRe.test(after) && words.some((w) => w.shape !== 'initial' && (isDictionaryName(w.key) || nameableWords.has(w.key)))) return true;
  // A given name or surname followed by what people do ("Collin reports a headache", "Nina reports dizziness").
  if (personActionAfterRe.test(after) && words.every((w) => w.shape === 'title' || w.shape === 'initial' || w.shape === 'upper') && personalWord(words[words.length - 1]!.key)) return true;
  if ((personVerbAfterRe.test(after) || vocativeAfterRe.test(after)) && words.every((w) => w.shape === 'title' || w.shape === 'initial') && plainName(words[words.length - 1]!.key)) return true;
  const credential = credentialAfterRe.exec(after);
  if (!credential) return false;
  // "Baltimore, MD 21201", "Erie, PA" and "Boston, MA" are places: MD, PA and MA are also state codes.
  if (/^(?:MD|PA|MA)$/.test(credential[0].replace(/^[\s,]+/, ''))) {
    if (/^\s*\d{5}/.test(after.slice(credential[0].length))) return false;
    return words.length >= 2 ? firstNames.has(words[0]!.key) || isDictionaryName(words[words.length - 1]!.key) : firstNames.has(words[0]!.key);
  }
  return true;
}

/** One note being read: its text, its tokens, the words it writes in lower case, and the names found so far. */
interface Scan {
  text: string;
  tokens: Token[];
  lowered: Set<string>;
  out: Candidate[];
}

function capital(t: Token): boolean {
  return t.shape === 'title' || t.shape === 'upper' || t.shape === 'initial';
}

export function detectNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  const tokens = tokenize(text);
  const lowered = lowerCaseWords(tokens, text);
  const scan: Scan = { text, tokens, lowered, out };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!capital(t)) { i++; continue; }
    // A run of capitalised tokens (with name connectors between them).
    const run: number[] = [i];
    let j = i + 1;
    while (j < tokens.length && run.length < 8) {
      const prev = tokens[run[run.length - 1]!]!;
      const cur = tokens[j]!;
      // "Sabina St. Clair": "St." inside a name that has begun is a surname particle, not a saint.
      const saintInName = prev.key === 'st' && run.length >= 2 && text.slice(prev.end, cur.start) === '. ' && cur.shape !== 'lower';
      if (!joinable(text, prev, cur) && !saintInName) break;
      if (capital(cur)) { run.push(j); j++; continue; }
      if (cur.shape === 'lower' && connectors.has(cur.key) && j + 1 < tokens.length && joinable(text, cur, tokens[j + 1]!) && /^\p{Lu}/u.test(text[tokens[j + 1]!.start]!)) {
        run.push(j); j++; continue;
      }
      break;
    }
    i = j;
    considerRun(scan, run);
  }
  return out;
}

/** The piece of a run being collected: its tokens, which are soft, and the cue that opened it. */
interface Piece {
  tokens: number[];
  soft: boolean[];
  cueFromTitle: boolean;
  cueFromVerb: boolean;
}

/** Judges the collected piece and starts a new one. */
function flush(scan: Scan, piece: Piece): void {
  const { tokens } = scan;
  const idx = piece.tokens;
  // A trailing lower-case particle is not part of a name; a capitalised one may be a surname ("Gus Von").
  while (idx.length > 1 && connectors.has(tokens[idx[idx.length - 1]!]!.key) && tokens[idx[idx.length - 1]!]!.shape !== 'title') { idx.pop(); piece.soft.pop(); }
  if (idx.length === 1 && connectors.has(tokens[idx[0]!]!.key)) {
    // A capitalised particle alone is a surname only where a person is evident ("Mrs. Le", "Mr. Von").
    const tok = tokens[idx[0]!]!;
    if (tok.shape !== 'lower' && nameableWords.has(tok.key)) piece.soft[0] = true;
    else { idx.pop(); piece.soft.pop(); }
  }
  if (idx.length) judge(scan, idx, piece.soft, piece.cueFromTitle, piece.cueFromVerb);
  piece.tokens = [];
  piece.soft = [];
  piece.cueFromTitle = false;
  piece.cueFromVerb = false;
}

function considerRun(scan: Scan, run: number[]): void {
  const { text, tokens } = scan;
  // Split the run at words that cannot be part of a name: titles and note words, clinical vocabulary.
  const piece: Piece = { tokens: [], soft: [], cueFromTitle: false, cueFromVerb: false };
  for (let n = 0; n < run.length; n++) {
    const idx = run[n]!;
    const tok = tokens[idx]!;
    // A middle initial that is also an abbreviated title ("Rodger D. Funk") stays an initial.
    if (titles.has(tok.key) && tok.shape !== 'upper' && !(tok.shape === 'initial' && piece.tokens.length > 0)) {
      if (!(tok.shape === 'title' && nameableWords.has(tok.key) && !titleBeforeName(tokens, run, n))) { flush(scan, piece); piece.cueFromTitle = true; continue; }
      // "Don" is a given name where no given name follows it ("Don is 70", "Don Skiles", "Skiles, Don  MR#").
      piece.tokens.push(idx); piece.soft.push(true);
      continue;
    }
    if (relationWords.has(tok.key)) { flush(scan, piece); continue; }
    if (piece.tokens.length === 0 && personVerbs.has(tok.key)) { flush(scan, piece); piece.cueFromVerb = true; continue; }
    // "De Miguel Rivera", "Van der Berg", "DE LA CRUZ": a capitalised particle belongs to the surname that follows.
    if (connectors.has(tok.key) && (tok.shape === 'title' || tok.shape === 'upper')) {
      piece.tokens.push(idx); piece.soft.push(false);
      continue;
    }
    // A middle initial ("Kaela A. Holmes") is part of the name even when the letter is a word ("A", "I").
    const dottedInitial = tok.shape === 'initial' && text[tok.end] === '.' && piece.tokens.length > 0;
    if (tok.shape !== 'lower' && !dottedInitial) {
      if (eponymUse(text, tokens, idx)) { flush(scan, piece); continue; }
      if (isVocabulary(tok.key)) {
        if (!nameableWords.has(tok.key) || drugNames.has(tok.key)) { flush(scan, piece); continue; }
        piece.tokens.push(idx); piece.soft.push(true);
        continue;
      }
    }
    if (piece.tokens.length === 0 && tok.shape === 'lower') continue;
    piece.tokens.push(idx); piece.soft.push(false);
  }
  flush(scan, piece);
}

/** A title word that is also a given name ("Don") is a title only before a given name: "Don Pedro", not "Don Skiles". */
function titleBeforeName(tokens: Token[], run: number[], n: number): boolean {
  const next = n + 1 < run.length ? tokens[run[n + 1]!]! : undefined;
  return next !== undefined && next.shape === 'title' && firstNames.has(next.key);
}

/** The words of a piece that carry the name: no lower-case particles, a capitalised final one kept ("Gus Von"). */
function nameWords(tokens: Token[], piece: number[]): number[] {
  return piece.filter((k, n) => tokens[k]!.shape !== 'lower' && (!connectors.has(tokens[k]!.key) || (n === piece.length - 1 && n > 0) || piece.length === 1));
}

function judge(scan: Scan, piece: number[], soft: boolean[], titleCue: boolean, verbCue: boolean): void {
  const { text, tokens } = scan;
  const first = tokens[piece[0]!]!;
  // "técnica de Goel", "cápsula de Bowman", "enfermedad de McArdle": an eponym in a Spanish clinical phrase.
  if (!titleCue && spanishEponymLead(text, first.start)) return;
  const saint = saintBeforeRe.exec(text.slice(Math.max(0, first.start - 5), first.start));
  if (saint) { judgeAfterSaint(scan, piece, first.start - saint[1]!.length); return; }
  if (!soft.some(Boolean)) { judgePlain(scan, piece, titleCue, verbCue); return; }
  if (softNameAccepted(scan, piece, soft, titleCue)) return;
  // The soft words are note vocabulary here: the words between them are judged on their own.
  let sub: number[] = [];
  let subTitleCue = titleCue;
  for (let n = 0; n < piece.length; n++) {
    if (!soft[n]) { sub.push(piece[n]!); continue; }
    if (sub.length) judgePlain(scan, sub, subTitleCue, verbCue && sub[0] === piece[0]);
    sub = [];
    subTitleCue = false;
  }
  if (sub.length) judgePlain(scan, sub, subTitleCue, verbCue && sub[0] === piece[0]);
}

/** "Patient: ST. CLAIR, SABINA": a surname with "St." after a person's cue; otherwise a saint's name, left to places. */
function judgeAfterSaint(scan: Scan, piece: number[], saintStart: number): void {
  const { text, tokens, out } = scan;
  const last = tokens[piece[piece.length - 1]!]!;
  const words = nameWords(tokens, piece).map((k) => tokens[k]!);
  if (words.length === 0 || cueBefore(lineBefore(text, saintStart, 60)) !== 'person') return;
  const c = candidate(text, saintStart, last.nameEnd, 'NAME', namePriority.cued);
  if (c) out.push(c);
}

/** A piece holding soft words is a name when a person is evident beside it; pushes it and says so. */
function softNameAccepted(scan: Scan, piece: number[], soft: boolean[], titleCue: boolean): boolean {
  const { text, tokens, out } = scan;
  const first = tokens[piece[0]!]!;
  const last = tokens[piece[piece.length - 1]!]!;
  const kept = nameWords(tokens, piece);
  const words = kept.map((k) => tokens[k]!);
  const full = kept.filter((k) => tokens[k]!.shape !== 'initial');
  if (full.length === 0) return false;
  const allSoft = full.every((k) => soft[piece.indexOf(k)] === true);
  const cue: CueKind | null = titleCue ? 'person' : cueBefore(lineBefore(text, first.start, 60));
  const after = text.slice(last.end, last.end + 40);
  const cuedAfterHere = cuedAfter(words, after);
  let priority: number;
  if (allSoft) {
    // Vocabulary alone is a name only after a person's cue or before a credential or age: "Mrs. Le", "his father, Ward".
    if (cue !== 'person' && !cuedAfterHere) return false;
    // All capitals ("ED", "LE") only in a "SURNAME, GIVEN" field.
    if (full.every((k) => tokens[k]!.shape === 'upper') && !/^\s*,/.test(after) && !/,\s*$/.test(lineBefore(text, first.start, 4))) return false;
    priority = namePriority.cued;
  } else {
    const others = full.filter((k) => soft[piece.indexOf(k)] !== true).map((k) => tokens[k]!);
    const strong = others.filter((tk) => isDictionaryName(tk.key) && !commonWordNames.has(tk.key) && !scan.lowered.has(tk.key));
    // A given name or surname beside the soft word: "Akeem Parkinson", "Haleigh Ward", "Nina Boyle".
    const besideName = full.length >= 2 && strong.length >= 1 && others.every((tk) => isDictionaryName(tk.key)) && oneCase(words);
    if (cue === null && !cuedAfterHere && !besideName) return false;
    priority = cue !== null || cuedAfterHere ? namePriority.cued : namePriority.dictionary;
  }
  const end = Math.min(last.shape === 'initial' && text[last.end] === '.' ? last.end + 1 : last.nameEnd, text.length);
  const c = candidate(text, first.start, end, 'NAME', priority);
  if (c) out.push(c);
  return c !== null;
}

function judgePlain(scan: Scan, piece: number[], titleCue: boolean, verbCue = false): void {
  const { text, tokens, out } = scan;
  const first = tokens[piece[0]!]!;
  const last = tokens[piece[piece.length - 1]!]!;
  const before = lineBefore(text, first.start, 60);
  const words = nameWords(tokens, piece).map((k) => tokens[k]!);
  // A particle alone ("De", "Van") is never a whole name here.
  if (words.length === 0 || (words.length === 1 && connectors.has(words[0]!.key))) return;
  const after = text.slice(last.end, last.end + 40);
  // "Nicole: Remember me?": a given name alone before a colon opens a line of dialogue.
  const speaker = before.trim() === '' && words.length <= 2 && firstNames.has(words[0]!.key) && plainName(words[0]!.key) && speakerAfterRe.test(after);
  const cued = titleCue || cueBefore(before) !== null || (verbCue && isDictionaryName(words[0]!.key)) || cuedAfter(words, after) || speaker;
  // A line that holds only a name (a signature, an addressee): first name plus one or two more words.
  const lineAfter = text.slice(last.end, last.end + 40).split('\n')[0]!;
  const ownLine = signatureLeadRe.test(before) && /^(?:\s*,?\s*(?:MD|DO|NP|PA-?C?|RN|LPN|PhD|MSW|LCSW|PharmD|DDS|CNM|FNP|APRN)\b.*)?\s*$/.test(lineAfter);
  if (ownLine && words.length >= 2 && words.length <= 3 && firstNames.has(words[0]!.key) && words.every((tk) => tk.shape === 'title' || tk.shape === 'initial')) {
    const c = candidate(text, first.start, last.nameEnd, 'NAME', cued ? namePriority.cued : namePriority.dictionary);
    if (c) out.push(c);
    return;
  }
  const named = words.filter((tk) => tk.shape !== 'initial' && isDictionaryName(tk.key));
  const strongHits = named.filter((tk) => !commonWordNames.has(tk.key) && !scan.lowered.has(tk.key));
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
  // "Ivor Lewis esophagectomy", "Smith fracture": a name before a clinical head word is an eponym.
  const headAfter = /^ (\p{Ll}+)/u.exec(after);
  if (headAfter && eponymHeadWords.has(headAfter[1]!)) return;
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
  // Inside a sentence, a capitalised given name and surname are a name even when both are also words ("see Reed Brown").
  const titled = words.every((tk) => tk.shape === 'title' || tk.shape === 'initial');
  const pairInSentence = nonInitial === 2 && titled && !opensSentence(text, first.start) && firstNames.has(words[0]!.key) && lastNames.has(words[words.length - 1]!.key);
  // A given name and a surname of a shape no word has: "Wisława Szczepańska", "Sigurlaug Karlsdóttir".
  const shapedSurname = nonInitial === 2 && titled && surnameShapeRe.test(last.key) && !isVocabulary(words[0]!.key) && !isVocabulary(last.key);
  if (words.length >= 2) {
    if (((strongHits.length >= 1 && named.length >= nonInitial - 1) || (weakCue && words.length <= 3) || pairInSentence || shapedSurname) && oneCase(words)) {
      const c = candidate(text, first.start, last.nameEnd, 'NAME', namePriority.dictionary);
      if (c) out.push(c);
    } else if (city) {
      const c = candidate(text, first.start, last.nameEnd, 'LOCATION', namePriority.place);
      if (c) out.push(c);
    }
    return;
  }
  // A single word: a dictionary name that is not an ordinary word, or a surname by its shape, and does not open a sentence.
  const shaped = distinctSurnameShapeRe.test(first.key) && !isVocabulary(first.key) && !cityNames.has(first.key);
  if ((strongHits.length === 1 || shaped) && first.shape === 'title' && !opensSentence(text, first.start)) {
    const c = candidate(text, first.start, last.nameEnd, 'NAME', namePriority.dictionary - 2);
    if (c) out.push(c);
  } else if (city && first.shape === 'title') {
    const c = candidate(text, first.start, first.nameEnd, 'LOCATION', namePriority.place);
    if (c) out.push(c);
  }
}
