/**
 * Reads a message into findings: every concept mention with its assertion status, plus the
 * numbers and record facts the rules need. Rules ask this object questions; they never see raw text.
 */
import { mentionStatus, isReassuring } from './assertion.ts';
import type { MentionStatus } from './assertion.ts';
import { concepts, conceptById } from './concepts.ts';
import { findCooccurrences } from './cooccurrence.ts';
import type { CooccurrenceHit } from './cooccurrence.ts';
import type { ClassMatch } from './lexicon.ts';
import { readMeasures, readRecordFacts } from './measures.ts';
import type { Measures, RecordFacts } from './measures.ts';
import { normalize, splitClauses, splitSentences } from './text.ts';
import type { PatientFacts } from './types.ts';
import { rememberRecent } from './recent.ts';

export interface Mention {
  concept: string;
  text: string;
  status: MentionStatus;
  /** The mention sits in a reassuring clause ("probably just a pulled muscle"). */
  reassuring: boolean;
}

export class Findings {
  readonly text: string;
  readonly mentions: Mention[];
  readonly measures: Measures;
  readonly record: RecordFacts;

  constructor(text: string, mentions: Mention[], measures: Measures, record: RecordFacts) {
    this.text = text;
    this.mentions = mentions;
    this.measures = measures;
    this.record = record;
  }

  private usable(id: string): Mention[] {
    const concept = conceptById.get(id);
    const lowering = concept?.lowering === true;
    const timed = concept?.timed === true;
    return this.mentions.filter(
      (m) => m.concept === id && (m.status === 'present' || m.status === 'resolved' || (timed && m.status === 'past')) && !(lowering && m.reassuring),
    );
  }

  /** The finding is reported as current or recently over. */
  has(id: string): boolean {
    return this.usable(id).length > 0;
  }

  /** The finding is mentioned in any way except negated (hypothetical framing included). */
  mentioned(id: string): boolean {
    return this.mentions.some((m) => m.concept === id && m.status !== 'negated');
  }

  /** The finding is reported only as recent and already over ("had chest pain yesterday, it went away"). */
  onlyResolved(id: string): boolean {
    const usable = this.usable(id);
    return usable.length > 0 && usable.every((m) => m.status === 'resolved');
  }

  /** The finding is mentioned only to be denied ("no vomiting", "didn't pass out"): its answer is known. */
  denied(id: string): boolean {
    const about = this.mentions.filter((m) => m.concept === id);
    return about.length > 0 && about.every((m) => m.status === 'negated');
  }

  /** Every reported wording of a finding, for rules that look at where a sign is ("leg" or "arm"). */
  matchedTexts(id: string): string[] {
    return this.usable(id).map((m) => m.text);
  }

  /** The first of the given findings that is reported, if any. */
  any(...ids: string[]): string | undefined {
    return ids.find((id) => this.has(id));
  }

  /** Words that matched, for the reason shown to people. */
  matchedText(id: string): string | undefined {
    return this.usable(id)[0]?.text;
  }

  /** Pregnant according to the message or the record. */
  get pregnant(): boolean {
    if (this.record.pregnant || this.any('pregnant', 'fetal_movement_down', 'waters_broke') !== undefined || this.measures.gestationalWeeks !== undefined) return true;
    // A positive test some weeks ago is a pregnancy now, though its wording is in the past.
    return this.mentions.some((m) => m.concept === 'pregnant' && m.status === 'past' && /\bpositive (?:home )?test\b/.test(m.text) && !/\b(?:years?|months?) ago\b/.test(m.text));
  }

  /** Age of the person the message is about: the message's own figure first, then the record. */
  get ageYears(): number | undefined {
    if (this.measures.ageYearsFromMessage !== undefined) return this.measures.ageYearsFromMessage;
    // A parent writing about "my baby" is not the record's adult patient; a child's own record still applies.
    if (this.has('child_subject') && (this.record.ageYears === undefined || this.record.ageYears >= 18)) return undefined;
    return this.record.ageYears;
  }

  /** The message is about a baby whose age is not given. */
  get babyOfUnknownAge(): boolean {
    return this.ageYears === undefined && /\b(?:baby|infant)\b/.test(this.text) && !/\b(?:toddler|baby (?:brother|sister))\b/.test(this.text);
  }
}

// Findings depend only on the text and the patient facts and are never changed once made, so the first
// reading of a message serves the others. JSON never holds a raw NUL, so the first one ends the facts.
const recentFindings = rememberRecent(256, (key) => {
  const nul = key.indexOf('\u0000');
  return computeFindings(key.slice(nul + 1), nul > 0 ? (JSON.parse(key.slice(0, nul)) as PatientFacts) : undefined);
});

export function readFindings(message: string, patient?: PatientFacts): Findings {
  return recentFindings(`${patient ? JSON.stringify(patient) : ''}\u0000${message}`);
}

function computeFindings(message: string, patient?: PatientFacts): Findings {
  const text = normalize(message);
  const mentions: Mention[] = [];
  const sentences = splitSentences(text);
  // A scene told over several sentences ("… if you fall from high enough? I'm up on the roof right now").
  addCooccurrences(mentions, text, 'message', sentences.flatMap((s) => splitClauses(s).map((c) => c.start)));
  for (const sentence of sentences) {
    // Concepts made of several parts that may sit in different clauses ("my son ate a cashew and now has hives").
    addCooccurrences(mentions, sentence.text, 'sentence', splitClauses({ text: sentence.text, start: 0 }).map((c) => c.start));
    for (const clause of splitClauses(sentence)) {
      const reassuring = isReassuring(clause.text);
      addCooccurrences(mentions, clause.text, 'clause');
      for (const concept of concepts) {
        for (const pattern of concept.patterns) {
          pattern.lastIndex = 0;
          for (const match of clause.text.matchAll(pattern)) {
            const start = match.index ?? 0;
            const end = start + match[0].length;
            if (concept.exclude && overlapsExclusion(clause.text, start, end, concept.exclude)) continue;
            mentions.push({
              concept: concept.id,
              text: match[0].trim(),
              status: mentionStatus({ clause: clause.text, start, end }),
              reassuring,
            });
          }
        }
      }
    }
  }
  return new Findings(text, mentions, readMeasures(text), readRecordFacts(patient, text));
}

/**
 * Adds co-occurrence findings of one span. Each part must be affirmed in its own clause ("cough hanging
 * on for weeks, no blood" has no blood part). The finding's negation and time are judged from the clause
 * where it begins to the end of the clause where it ends, so "had a baby 2 weeks ago and I keep having
 * thoughts of…" is not made past by the earlier clause, and "a small reaction once that went away" in a
 * later clause does not make today's reaction over.
 */
function addCooccurrences(mentions: Mention[], span: string, scope: 'clause' | 'sentence' | 'message', clauseStarts: number[] = [0]): void {
  const clauseOf = (position: number): { start: number; end: number } => {
    const start = clauseStarts.filter((s) => s <= position).pop() ?? 0;
    const end = clauseStarts.find((s) => s > position) ?? span.length;
    return { start, end };
  };
  const asserted = (m: ClassMatch): boolean => {
    const { start, end } = clauseOf(m.start);
    const status = mentionStatus({ clause: span.slice(start, end), start: m.start - start, end: Math.min(m.end, end) - start });
    return status !== 'negated' && !statedNormal.test(span.slice(m.end));
  };
  const hits = findCooccurrences(span, scope, asserted);
  if (hits.length === 0) return;
  const reassuring = isReassuring(span);
  for (const hit of hits) {
    if (explainedAway(span, hit)) continue;
    const from = clauseOf(hit.start).start;
    const to = clauseOf(Math.max(hit.start, hit.end - 1)).end;
    const status = mentionStatus({ clause: span.slice(from, to), start: hit.start - from, end: hit.end - from });
    mentions.push({ concept: hit.concept, text: hit.text.trim(), status, reassuring });
  }
}

/** A body part or function said to be normal right after it is named: "breathing fine", "lips ok". */
const statedNormal = /^\s*(?:is |are |was |were |seems? |feels? |looks? |sounds? )?(?:totally |completely |perfectly |all )?(?:fine|ok|okay|normal|good|clear|unaffected|not affected)\b/;

/** An affirmed explaining word ("I take iron tablets") removes the finding; a negated one ("not on iron") does not. */
function explainedAway(span: string, hit: CooccurrenceHit): boolean {
  const u = hit.unlessAt;
  if (!u) return false;
  return mentionStatus({ clause: span, start: u.start, end: u.end }) !== 'negated';
}

function overlapsExclusion(clause: string, start: number, end: number, exclude: RegExp): boolean {
  const re = new RegExp(exclude.source, 'g');
  for (const m of clause.matchAll(re)) {
    const s = m.index ?? 0;
    if (s < end + 12 && s + m[0].length > start - 12) return true;
  }
  return false;
}
