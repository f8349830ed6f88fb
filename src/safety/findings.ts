/**
 * Reads a message into findings: every concept mention with its assertion status, plus the
 * numbers and record facts the rules need. Rules ask this object questions; they never see raw text.
 */
import { mentionStatus, isReassuring } from './assertion.ts';
import type { MentionStatus } from './assertion.ts';
import { concepts, conceptById } from './concepts.ts';
import { readMeasures, readRecordFacts } from './measures.ts';
import type { Measures, RecordFacts } from './measures.ts';
import { normalize, splitClauses, splitSentences } from './text.ts';
import type { PatientFacts } from './types.ts';

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
    const lowering = conceptById.get(id)?.lowering === true;
    return this.mentions.filter(
      (m) => m.concept === id && (m.status === 'present' || m.status === 'resolved') && !(lowering && m.reassuring),
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
    return this.record.pregnant || this.any('pregnant', 'fetal_movement_down', 'waters_broke') !== undefined || this.measures.gestationalWeeks !== undefined;
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

export function readFindings(message: string, patient?: PatientFacts): Findings {
  const text = normalize(message);
  const mentions: Mention[] = [];
  for (const sentence of splitSentences(text)) {
    for (const clause of splitClauses(sentence)) {
      const reassuring = isReassuring(clause.text);
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

function overlapsExclusion(clause: string, start: number, end: number, exclude: RegExp): boolean {
  const re = new RegExp(exclude.source, 'g');
  for (const m of clause.matchAll(re)) {
    const s = m.index ?? 0;
    if (s < end + 12 && s + m[0].length > start - 12) return true;
  }
  return false;
}
