import { fleschKincaidGrade, readabilityStats, tokenize, type ReadabilityStats } from '../knowledge/index.ts';
import type { ComposeInput, ComposedSentence, Composer, Evidence } from './types.ts';

/**
 * The default composer: it writes nothing of its own. It picks the sentences of the evidence that
 * best answer the question and returns them verbatim with their evidence ids, so every sentence is
 * supported by construction and keeps the source's reading level.
 */
export interface ExtractiveOptions {
  /** Most sentences in an answer. */
  maxSentences: number;
  /** Most passages the sentences come from. */
  maxSources: number;
  /** A sentence needs at least this share of the question's terms (after stop words, weighted by how rare each is among the candidate sentences) to be used. */
  minCoverage: number;
  /** A sentence scoring below this share of the best sentence's score is left out rather than used to fill the answer. */
  relativeFloor: number;
  /** Highest Flesch-Kincaid grade of the whole answer: a sentence that would push it higher is left out. */
  maxGrade: number;
}

export const defaultExtractiveOptions: ExtractiveOptions = { maxSentences: 4, maxSources: 3, minCoverage: 0.15, relativeFloor: 0.35, maxGrade: 8 };

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/)) {
    const trimmed = block.replace(/^\s*[-*]\s+/, '').trim();
    if (!trimmed) continue;
    // Split after . ! ? followed by a space and a capital or digit; keeps "e.g. this" and "2.5 mg" together.
    const parts = trimmed.split(/(?<=[.!?])\s+(?=[A-Z0-9"(])/);
    for (const p of parts) if (p.trim().length > 0) out.push(p.trim());
  }
  return out;
}

interface Candidate {
  text: string;
  evidence: Evidence;
  evidenceRank: number;
  position: number;
  score: number;
}

export class ExtractiveComposer implements Composer {
  readonly name = 'extractive';
  constructor(private readonly options: ExtractiveOptions = defaultExtractiveOptions) {}

  async compose(input: ComposeInput): Promise<ComposedSentence[]> {
    return composeExtractive(input, this.options);
  }
}

const endsSentence = /[.!?]["')\]]*$/;

export function composeExtractive(input: ComposeInput, options: ExtractiveOptions = defaultExtractiveOptions): ComposedSentence[] {
  const questionTerms = new Set(tokenize(input.question));
  if (questionTerms.size === 0 || input.evidence.length === 0) return [];
  const sentences: { text: string; terms: Set<string>; evidence: Evidence; evidenceRank: number; position: number }[] = [];
  input.evidence.forEach((evidence, evidenceRank) => {
    splitSentences(evidence.text).forEach((text, position) => {
      const terms = new Set(tokenize(evidence.kind === 'knowledge' ? `${evidence.section} ${text}` : text));
      sentences.push({ text, terms, evidence, evidenceRank, position });
    });
  });
  // A question term found in many candidate sentences ("adults", "take") says little about which
  // one answers; one found in few ("shingles") says much. Weight each by its rarity among them.
  const weight = new Map<string, number>();
  let totalWeight = 0;
  for (const t of questionTerms) {
    let df = 0;
    for (const s of sentences) if (s.terms.has(t)) df++;
    const w = Math.log(1 + (sentences.length + 1) / (df + 1));
    weight.set(t, w);
    totalWeight += w;
  }
  const knowledgeRank = new Map<string, number>();
  for (const e of input.evidence) if (e.kind === 'knowledge') knowledgeRank.set(e.id, knowledgeRank.size);
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    let hits = 0;
    let covered = 0;
    for (const t of questionTerms) {
      if (!s.terms.has(t)) continue;
      hits++;
      covered += weight.get(t)!;
    }
    const coverage = covered / totalWeight;
    // Retrieval has already ranked the passages, so a passage's rank discounts its sentences; earlier
    // sentences (topic sentences) weigh a little more; record facts about the patient come first
    // when they match.
    const rank = s.evidence.kind === 'record' ? 0 : knowledgeRank.get(s.evidence.id) ?? 0;
    const score = coverage / (1 + 0.5 * rank) + 0.05 / (1 + s.position) + (s.evidence.kind === 'record' ? 0.2 : 0);
    if (hits > 0 && coverage >= options.minCoverage) candidates.push({ text: s.text, evidence: s.evidence, evidenceRank: s.evidenceRank, position: s.position, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  const floor = (candidates[0]?.score ?? 0) * options.relativeFloor;
  const chosen: Candidate[] = [];
  const sources = new Set<string>();
  const seen = new Set<string>();
  // Plain language is measured on the whole answer. A sentence that would lift the answer above the
  // grade limit waits: once plainer sentences are in, it may fit.
  const waiting: Candidate[] = [];
  // Counts per sentence, summed, rule most candidates out cheaply; the answer's own text decides.
  const stats = new Map<Candidate, ReadabilityStats>();
  const statsOf = (c: Candidate) => {
    let st = stats.get(c);
    if (!st) stats.set(c, (st = readabilityStats(c.text)));
    return st;
  };
  const fits = (c: Candidate) => {
    let sentences = 0, words = 0, syllables = 0;
    for (const x of [...chosen, c]) {
      const st = statsOf(x);
      sentences += st.sentences;
      words += st.words;
      syllables += st.syllables;
    }
    if (words > 0 && Math.round((0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59) * 10) / 10 > options.maxGrade) return false;
    // Sentences that each end with their own stop read the same joined as apart; a fragment ("Signs of
    // a bladder infection:") runs into the next sentence, so then the joined text is read again.
    if ([...chosen, c].every((x) => endsSentence.test(x.text))) return true;
    return fleschKincaidGrade([...chosen.map((x) => x.text), c.text].join(' ')) <= options.maxGrade;
  };
  const take = (c: Candidate) => {
    seen.add(tokenize(c.text).join(' '));
    sources.add(c.evidence.id);
    chosen.push(c);
  };
  for (const c of candidates) {
    if (chosen.length >= options.maxSentences || c.score < floor) break;
    if (!sources.has(c.evidence.id) && sources.size >= options.maxSources) continue;
    if (seen.has(tokenize(c.text).join(' '))) continue;
    if (!fits(c)) {
      waiting.push(c);
      continue;
    }
    take(c);
    for (let i = 0; i < waiting.length && chosen.length < options.maxSentences; i++) {
      const w = waiting[i]!;
      if ((sources.has(w.evidence.id) || sources.size < options.maxSources) && fits(w)) {
        take(w);
        waiting.splice(i--, 1);
      }
    }
  }
  // Read in the order of the evidence, so sentences from one passage stay in their original order.
  chosen.sort((a, b) => a.evidenceRank - b.evidenceRank || a.position - b.position);
  return chosen.map((c) => ({ text: c.text, evidenceIds: [c.evidence.id] }));
}
