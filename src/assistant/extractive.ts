import { tokenize } from '../knowledge/index.ts';
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
  /** A sentence needs at least this share of the question's terms (after stop words) to be used. */
  minCoverage: number;
}

export const defaultExtractiveOptions: ExtractiveOptions = { maxSentences: 4, maxSources: 3, minCoverage: 0.15 };

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

export function composeExtractive(input: ComposeInput, options: ExtractiveOptions = defaultExtractiveOptions): ComposedSentence[] {
  const questionTerms = new Set(tokenize(input.question));
  if (questionTerms.size === 0 || input.evidence.length === 0) return [];
  const candidates: Candidate[] = [];
  input.evidence.forEach((evidence, evidenceRank) => {
    splitSentences(evidence.text).forEach((text, position) => {
      const terms = new Set(tokenize(evidence.kind === 'knowledge' ? `${evidence.section} ${text}` : text));
      let hits = 0;
      for (const t of questionTerms) if (terms.has(t)) hits++;
      const coverage = hits / questionTerms.size;
      // Earlier evidence (better retrieval rank) and earlier sentences (topic sentences) weigh more;
      // record facts about the patient come first when they match.
      const score = coverage + 0.15 / (1 + evidenceRank) + 0.05 / (1 + position) + (evidence.kind === 'record' ? 0.2 : 0);
      if (hits > 0 && coverage >= options.minCoverage) candidates.push({ text, evidence, evidenceRank, position, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Candidate[] = [];
  const sources = new Set<string>();
  const seen = new Set<string>();
  for (const c of candidates) {
    if (chosen.length >= options.maxSentences) break;
    if (!sources.has(c.evidence.id) && sources.size >= options.maxSources) continue;
    const key = tokenize(c.text).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    sources.add(c.evidence.id);
    chosen.push(c);
  }
  // Read in the order of the evidence, so sentences from one passage stay in their original order.
  chosen.sort((a, b) => a.evidenceRank - b.evidenceRank || a.position - b.position);
  return chosen.map((c) => ({ text: c.text, evidenceIds: [c.evidence.id] }));
}
