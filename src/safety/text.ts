import { repairSpelling } from './spelling.ts';

/**
 * Text preparation shared by triage and the guard: lower-casing, repairing common contractions and
 * misspellings, and cutting a message into sentences and clauses. Clause boundaries matter because
 * negation ("no fever") and history ("my father had") reach only as far as their clause.
 */

/** Misspellings seen in patient messages, mapped to the word the rules expect. */
const typoFixes: Record<string, string> = {
  chset: 'chest', chets: 'chest', cheast: 'chest', brest: 'breast', breth: 'breath', breathe: 'breathe',
  brething: 'breathing', breahting: 'breathing', breating: 'breathing', breathng: 'breathing',
  shortnes: 'shortness', headach: 'headache', hedache: 'headache', headake: 'headache', haedache: 'headache',
  stomache: 'stomach', stomch: 'stomach', stomac: 'stomach', tummy: 'tummy', feaver: 'fever', fevr: 'fever',
  fver: 'fever', temprature: 'temperature', temperture: 'temperature', tempature: 'temperature',
  diarhea: 'diarrhea', diarrea: 'diarrhea', diahrrea: 'diarrhea', diarrhoea: 'diarrhea', diarreah: 'diarrhea',
  vomitting: 'vomiting', vomting: 'vomiting', vommiting: 'vomiting', vomitted: 'vomited', nauseous: 'nauseous',
  dizzey: 'dizzy', dizy: 'dizzy', numbe: 'numb', numbness: 'numbness', numbnes: 'numbness', slured: 'slurred',
  slurrd: 'slurred', sezure: 'seizure', siezure: 'seizure', seizrue: 'seizure', unconcious: 'unconscious',
  unconsious: 'unconscious', bleding: 'bleeding', bleedin: 'bleeding', bloood: 'blood', suicidle: 'suicidal',
  sucidal: 'suicidal', suiside: 'suicide', sucide: 'suicide', overdosed: 'overdosed', pregant: 'pregnant',
  pregnent: 'pregnant', prego: 'pregnant', preggers: 'pregnant', diabetis: 'diabetes', diabeties: 'diabetes',
  diebetes: 'diabetes', shakey: 'shaky', swolen: 'swollen', swelled: 'swollen', throut: 'throat', thoat: 'throat',
  tounge: 'tongue', tonge: 'tongue', alergic: 'allergic', allergick: 'allergic', allergie: 'allergy',
  anaphalaxis: 'anaphylaxis', anaphylaxsis: 'anaphylaxis', sholder: 'shoulder', shoulda: 'shoulder',
  arme: 'arm', jaww: 'jaw', presure: 'pressure', pressur: 'pressure', preasure: 'pressure', pian: 'pain',
  painfull: 'painful', worse: 'worse', wrost: 'worst', worsed: 'worst', confussed: 'confused', confuesd: 'confused',
  drowzy: 'drowsy', lethargic: 'lethargic', rash: 'rash', blured: 'blurred', blurr: 'blur', vison: 'vision',
  visoin: 'vision', testicel: 'testicle', testical: 'testicle', testicals: 'testicles', nausia: 'nausea',
  nausa: 'nausea', coff: 'cough', coughin: 'coughing', sweatin: 'sweating', sweaty: 'sweaty', infaction: 'infection',
  infecton: 'infection', tylenl: 'tylenol', tyelnol: 'tylenol', asprin: 'aspirin', ibuprophen: 'ibuprofen',
  warfarn: 'warfarin', wont: "won't", cant: "can't", dont: "don't", doesnt: "doesn't", didnt: "didn't",
  isnt: "isn't", wasnt: "wasn't", havent: "haven't", hasnt: "hasn't", im: "i'm", ive: "i've", theres: "there's",
  thats: "that's", shes: "she's", hes: "he's", whats: "what's", couldnt: "couldn't", arent: "aren't", werent: "weren't",
  wouldnt: "wouldn't", u: 'you', ur: 'your', pls: 'please', plz: 'please', abt: 'about', w: 'with', b4: 'before',
  hrs: 'hours', hr: 'hour', mins: 'minutes', min: 'minutes', wks: 'weeks', wk: 'week', yrs: 'years', yr: 'year',
  mos: 'months', mo: 'month', bday: 'birthday', ballz: 'balls', testes: 'testicles', nutz: 'nuts', tummyache: 'tummy ache',
  stomachache: 'stomach ache', headahce: 'headache', brain: 'brain',
};

/** Lower-cases, unifies quotes and spaces, expands "cannot", and repairs the misspellings above. */
export function normalize(text: string): string {
  const unified = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\bcannot\b/g, "can't")
    .replace(/\bcan not\b/g, "can't")
    .replace(/\bwill not\b/g, "won't")
    .replace(/\s+/g, ' ')
    .trim();
  // Only whole words are replaced, so "im" inside "immune" is never touched.
  return unified.replace(/(?<![\w])[a-z][a-z']*(?![\w])/g, (word) => typoFixes[word] ?? repairSpelling(word) ?? word);
}

export interface Span {
  text: string;
  /** Offset of the span's first character in the normalized message. */
  start: number;
}

/** Sentence ends: . ! ? ; or a line break; a period between digits (38.4) does not end a sentence. */
const sentenceEnd = /(?<!\d)\.(?!\d)|[!?;\n]+|\.(?=\s|$)/g;

export function splitSentences(text: string): Span[] {
  return splitAt(text, sentenceEnd, { start: 0, text });
}

/**
 * Words and patterns that open a new clause. Negation and history stop at these, as in NegEx's
 * termination terms ("no fever but a stiff neck": the stiff neck is not negated).
 */
const clauseBoundary = new RegExp(
  [
    String.raw`\b(?:but|however|although|though|except|yet|whereas|apart from|aside from|other than)\b`,
    String.raw`,?\s*\band (?:now|then|today|suddenly|since)\b`,
    // "had a baby 2 weeks ago and I keep having…": a new subject with a verb of the present starts a new clause.
    String.raw`,?\s*\band (?=(?:i|he|she|they|we)(?:'m|'re|'s| am| is| are| keep| keeps| still| can't| have been| has been|'ve been| feel| feels)\b)`,
    String.raw`,\s*(?=(?:and |so |now |then |plus |also )?(?:i|i'm|i've|i'd|my|me|he|she|he's|she's|his|her|they|they're|we|it|it's|its|this|that|there|now|the baby|our|today|since|then)\b)`,
    String.raw`\s-\s`,
  ].join('|'),
  'g',
);

export function splitClauses(sentence: Span): Span[] {
  return splitAt(sentence.text, clauseBoundary, sentence);
}

function splitAt(text: string, boundary: RegExp, parent: Span): Span[] {
  const spans: Span[] = [];
  let last = 0;
  boundary.lastIndex = 0;
  for (const match of text.matchAll(boundary)) {
    const index = match.index ?? 0;
    pushSpan(spans, text.slice(last, index), parent.start + last);
    last = index + match[0].length;
  }
  pushSpan(spans, text.slice(last), parent.start + last);
  return spans;
}

function pushSpan(spans: Span[], raw: string, start: number): void {
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text.length > 0) spans.push({ text, start: start + leading });
}

/** Whitespace-separated tokens with punctuation stripped from their edges. */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, ''))
    .filter((w) => w.length > 0);
}
