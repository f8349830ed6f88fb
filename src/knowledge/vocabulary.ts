/**
 * The medical vocabulary layer: finds the concepts a query names (longest phrase first, by stemmed
 * terms) and adds the other names of each concept to the query with a lower weight, so "water pill"
 * also finds "diuretic", "HbA1c" finds "A1c", and "MI" finds "heart attack" — both ways.
 */
import type { QueryClause } from './bm25.ts';
import { stopWords, tokenize, words } from './tokenize.ts';
import { caseSensitiveAbbreviations, vocabularyGroups } from './vocabulary-terms.ts';

export interface Concept {
  /** 0-based index of the group; stable for one build of the vocabulary. */
  id: number;
  /** The group's first term, used as its name. */
  label: string;
  terms: string[];
}

interface Phrase {
  stems: string[];
  conceptId: number;
  /** Set for abbreviations that must be written in capitals to count (e.g. "MS", not "ms"). */
  requiresCapitals?: string;
}

export interface Vocabulary {
  concepts: Concept[];
  /** Phrases by their first stem, longest first. */
  phrasesByFirstStem: Map<string, Phrase[]>;
}

export interface ConceptMatch {
  concept: Concept;
  /** The words of the query that named it. */
  matched: string;
}

export function buildVocabulary(groups: readonly string[] = vocabularyGroups): Vocabulary {
  const concepts: Concept[] = [];
  const phrasesByFirstStem = new Map<string, Phrase[]>();
  groups.forEach((line, id) => {
    const terms = line.split('|').map((t) => t.trim()).filter(Boolean);
    concepts.push({ id, label: terms[0], terms });
    for (const term of terms) {
      const stems = tokenize(term);
      // A name that loses words to the stop list ("can't see" → "see") would match far too much.
      if (stems.length === 0 || (stems.length === 1 && term.trim().split(/[\s-]+/).length > 1)) continue;
      const phrase: Phrase = { stems, conceptId: id };
      const upper = term.toUpperCase();
      if (term === upper && caseSensitiveAbbreviations.has(upper.replace(/[^A-Z0-9]/g, ''))) phrase.requiresCapitals = term;
      const list = phrasesByFirstStem.get(stems[0]) ?? [];
      list.push(phrase);
      phrasesByFirstStem.set(stems[0], list);
    }
  });
  for (const list of phrasesByFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { concepts, phrasesByFirstStem };
}

let defaultVocabulary: Vocabulary | undefined;
/** The built-in vocabulary, built once. */
export function medicalVocabulary(): Vocabulary {
  defaultVocabulary ??= buildVocabulary();
  return defaultVocabulary;
}

export interface ConceptSpan extends ConceptMatch {
  /** Position and length of the match in the text's terms (stop words removed). */
  start: number;
  length: number;
}

/** The concepts a text names, longest phrase first; a span naming several concepts yields each. */
export function conceptSpans(text: string, vocabulary: Vocabulary = medicalVocabulary()): ConceptSpan[] {
  const stems = tokenize(text);
  const capitalWords = new Set(text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0 && w === w.toUpperCase()));
  const spans: ConceptSpan[] = [];
  let i = 0;
  while (i < stems.length) {
    let longest = 0;
    for (const phrase of vocabulary.phrasesByFirstStem.get(stems[i]) ?? []) {
      if (phrase.stems.length < longest) break;
      if (!phrase.stems.every((s, k) => stems[i + k] === s)) continue;
      if (phrase.requiresCapitals && !capitalWords.has(phrase.requiresCapitals.replace(/[^A-Za-z0-9]/g, ''))) continue;
      longest = phrase.stems.length;
      if (!spans.some((s) => s.start === i && s.concept.id === phrase.conceptId)) {
        spans.push({ concept: vocabulary.concepts[phrase.conceptId], matched: stems.slice(i, i + longest).join(' '), start: i, length: longest });
      }
    }
    i += Math.max(1, longest);
  }
  return spans;
}

/** The concepts a text names, each once. */
export function findConcepts(text: string, vocabulary: Vocabulary = medicalVocabulary()): ConceptMatch[] {
  const seen = new Set<number>();
  return conceptSpans(text, vocabulary)
    .filter((s) => !seen.has(s.concept.id) && seen.add(s.concept.id))
    .map(({ concept, matched }) => ({ concept, matched }));
}

export interface ExpansionOptions {
  vocabulary?: Vocabulary;
  /** Weight of a concept's other names relative to the words the user typed (1). */
  weight?: number;
}

/**
 * The query as BM25 clauses: every word the user typed is a clause of its own (as in plain BM25), and
 * each concept named adds one more clause holding all of the concept's names — the user's phrase at
 * full weight, the other names at `weight` — so "water pill" also finds "diuretic", a passage using
 * several names of the concept is not counted once per name, and a passage holding the user's exact
 * phrase ranks above one holding only its words. (Chosen over replacing the words by the concept:
 * better on the tuning split of the MedQuAD questions.)
 */
export function vocabularyQuery(query: string, options: ExpansionOptions = {}): QueryClause[] {
  const weight = options.weight ?? 0.4;
  const vocabulary = options.vocabulary ?? medicalVocabulary();
  const stems = tokenize(query);
  const spans = conceptSpans(query, vocabulary);
  const clauses: QueryClause[] = [];
  // Spans naming the same concepts (a word used twice, or one word in two groups) form one clause.
  const byPosition = new Map<string, ConceptSpan[]>();
  for (const span of spans) {
    const key = `${span.start}:${span.length}`;
    byPosition.set(key, [...(byPosition.get(key) ?? []), span]);
  }
  const byConcepts = new Map<string, ConceptSpan[]>();
  for (const group of byPosition.values()) {
    const key = group.map((g) => g.concept.id).sort((x, y) => x - y).join(',');
    if (!byConcepts.has(key)) byConcepts.set(key, group);
  }
  for (const group of byConcepts.values()) {
    const own = group[0].matched;
    const variants = new Map<string, { stems: string[]; weight: number }>();
    variants.set(own, { stems: own.split(' '), weight: 1 });
    for (const { concept } of group) {
      for (const name of concept.terms) {
        const nameStems = tokenize(name);
        const key = nameStems.join(' ');
        if (nameStems.length > 0 && !variants.has(key)) variants.set(key, { stems: nameStems, weight });
      }
    }
    clauses.push({ variants: [...variants.values()], weight: 1, label: group.map((g) => g.concept.label).join(' / ') });
  }
  const plainSeen = new Set<string>();
  stems.forEach((stem, k) => {
    if (plainSeen.has(stem)) return;
    plainSeen.add(stem);
    clauses.push({ variants: [{ stems: [stem], weight: 1 }], weight: 1, label: stem });
  });
  return clauses;
}

/** True when the vocabulary treats both texts as naming a common concept (for tests and explanations). */
export function sameConcept(a: string, b: string, vocabulary: Vocabulary = medicalVocabulary()): boolean {
  const ids = new Set(findConcepts(a, vocabulary).map((m) => m.concept.id));
  return findConcepts(b, vocabulary).some((m) => ids.has(m.concept.id));
}

/**
 * Words and phrases for a stored full-text index (FTS5, PostgreSQL) to match: the user's words without
 * stop words, then every name of every concept the query names, unstemmed (the index stems them itself).
 * Phrases are space-joined; callers may OR them together to gather candidates for ranking.
 */
export function expansionTerms(query: string, vocabulary: Vocabulary = medicalVocabulary()): string[] {
  const terms = new Set<string>();
  for (const w of words(query)) if (!stopWords.has(w)) terms.add(w);
  for (const { concept } of findConcepts(query, vocabulary)) {
    for (const name of concept.terms) {
      const nameWords = words(name).filter((w) => !stopWords.has(w));
      if (nameWords.length > 0) terms.add(nameWords.join(' '));
    }
  }
  return [...terms];
}
