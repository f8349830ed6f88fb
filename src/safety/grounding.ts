/**
 * The grounding check run on every answer, whatever composed it. A sentence is kept only when one
 * source passage (one or two consecutive source sentences) supports it: most of its content words
 * appear there, every number in it appears there with the same value, and both say yes or both say no.
 */
import type { GroundingResult, GroundingSource, SupportedSentence, UnsupportedSentence } from './types.ts';

export interface GroundingOptions {
  /** Share of the sentence's content words that must appear in one source passage (default 0.6). */
  minCoverage?: number;
}

const stopwords = new Set(
  (
    'a an the and or but if then than so of to in on at by for with from as into onto about over under after before ' +
    'is are was were be been being am do does did doing have has had having can could should would may might must will shall ' +
    'i me my we our you your he him his she her it its they them their this that these those there here what which who whom whose ' +
    'when where why how all any both each few more most other some such only own same also just very too again further once ' +
    'up down out off then s t can will don should now per via yes please may might usually often also well get got like'
  ).split(/\s+/),
);

/** Words that negate a statement. "No" and "not" flip meaning, so support must agree on them. */
const negationCue = /\b(?:no|not|never|none|nor|neither|without|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|shouldn't|wouldn't|hasn't|haven't|hadn't|nothing|nobody)\b/;

/** Everyday and clinical names for the same thing, mapped to one form before comparing. */
const equivalents: [RegExp, string][] = [
  [/\bhigh blood pressure\b/g, 'hypertension'],
  [/\blow blood pressure\b/g, 'hypotension'],
  [/\b(?:heart attack|myocardial infarction)\b/g, 'infarction'],
  [/\b(?:hemoglobin a1c|haemoglobin a1c|hba1c|a1c)\b/g, 'hba1c'],
  [/\bblood (?:sugar|glucose)\b/g, 'glucose'],
  [/\bsugar\b/g, 'glucose'],
  [/\b(?:physician|clinician|provider|doctors)\b/g, 'doctor'],
  [/\b(?:kidneys?|renal)\b/g, 'kidney'],
  [/\b(?:stomach|abdomen|abdominal|belly|tummy)\b/g, 'abdomen'],
  [/\b(?:medicines?|medications?|drugs?)\b/g, 'medicine'],
  [/\b(?:shortness of breath|short of breath|breathless(?:ness)?|dyspnea)\b/g, 'breathless'],
  [/\b(?:vaccines?|vaccinations?|immuni[sz]ations?|shots?)\b/g, 'vaccine'],
  [/\b(?:exercise|physical activity|activity)\b/g, 'exercise'],
  [/\b(?:tiredness|fatigue|tired)\b/g, 'fatigue'],
  [/\b(?:lower|reduce|decrease|cut)\b/g, 'lower'],
  [/\b(?:raise|increase)\b/g, 'raise'],
  [/\b(?:test|tests|testing|screening|screened|check|checked|checkup)\b/g, 'test'],
];

function stem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/ies$/, 'y')
    .replace(/(?:sses)$/, 'ss')
    .replace(/(?<=[a-z]{3})(?:ing|ed|es|s|ly)$/, '')
    .replace(/e$/, '');
}

function prepare(text: string): string {
  let t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const [re, canonical] of equivalents) t = t.replace(re, canonical);
  return t;
}

/** Numbers (and ISO dates) as values: "7.40" and "7.4" are the same, "1,200" is 1200. */
function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  const withoutDates = text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => {
    out.add(d);
    return ' ';
  });
  for (const m of withoutDates.matchAll(/(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?/g)) out.add(String(Number(m[0].replace(/,/g, ''))));
  return out;
}

function contentWords(text: string): Set<string> {
  const words = text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter((w) => w.length > 1 && !stopwords.has(w) && !negationCue.test(w) && !/^\d/.test(w));
  return new Set(words.map(stem));
}

interface Passage {
  sourceId: string;
  words: Set<string>;
  numbers: Set<string>;
  negated: boolean;
}

/** Splits text into sentences; a period inside a number (7.4) or after a single capital (Dr. A.) does not end one. */
export function splitAnswerSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(\[])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function passagesOf(source: GroundingSource): Passage[] {
  const sentences = splitAnswerSentences(source.text);
  const windows: string[] = [...sentences];
  for (let i = 0; i + 1 < sentences.length; i++) windows.push(`${sentences[i]} ${sentences[i + 1]}`);
  if (sentences.length === 0) windows.push(source.text);
  return windows.map((w) => {
    const prepared = prepare(w);
    return { sourceId: source.id, words: contentWords(prepared), numbers: numbersIn(prepared), negated: negationCue.test(prepared) };
  });
}

/** Citation markers such as [1], [^2] or (source 3) are not part of what must be supported. */
function stripCitations(sentence: string): string {
  return sentence.replace(/\[\^?\d+(?:[,-]\s*\d+)*\]|\((?:source|ref)\s*\d+\)/gi, ' ');
}

export function checkGrounding(answer: string | string[], sources: GroundingSource[], options: GroundingOptions = {}): GroundingResult {
  const minCoverage = options.minCoverage ?? 0.6;
  const sentences = Array.isArray(answer) ? answer.map((s) => s.trim()).filter(Boolean) : splitAnswerSentences(answer);
  const passages = sources.flatMap(passagesOf);
  const kept: SupportedSentence[] = [];
  const removed: UnsupportedSentence[] = [];

  for (const sentence of sentences) {
    const prepared = prepare(stripCitations(sentence));
    const words = contentWords(prepared);
    const numbers = numbersIn(prepared);
    const negated = negationCue.test(prepared);
    const supporting = new Set<string>();
    let best: UnsupportedSentence['problem'] = 'no-overlap';

    for (const p of passages) {
      if (words.size === 0) break;
      let shared = 0;
      for (const w of words) if (p.words.has(w)) shared++;
      const coverage = shared / words.size;
      if (coverage < minCoverage || shared < Math.min(2, words.size)) continue;
      if ([...numbers].some((n) => !p.numbers.has(n))) {
        best = 'number-mismatch';
        continue;
      }
      if (p.negated !== negated) {
        if (best === 'no-overlap') best = 'negation-mismatch';
        continue;
      }
      supporting.add(p.sourceId);
    }

    if (supporting.size > 0) kept.push({ sentence, sourceIds: [...supporting] });
    else removed.push({ sentence, problem: best });
  }

  return { kept, removed, text: kept.map((k) => k.sentence).join(' ') };
}
