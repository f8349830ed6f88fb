/** Public types of the safety layer: plain data in, plain data out. */

export type TriageLevel = 'emergency' | 'urgent' | 'routine' | 'self-care';

/** Levels from most to least urgent; index order is used to compare levels. */
export const triageLevels: readonly TriageLevel[] = ['emergency', 'urgent', 'routine', 'self-care'];

export function levelRank(level: TriageLevel): number {
  // Higher number means more urgent.
  return triageLevels.length - 1 - triageLevels.indexOf(level);
}

export function higherLevel(a: TriageLevel, b: TriageLevel): TriageLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** What the institution knows about the patient (from the record); every field optional. */
export interface PatientFacts {
  ageYears?: number;
  sex?: 'female' | 'male' | 'other' | 'unknown';
  pregnant?: boolean;
  /** Condition codes (ICD-10-CM, SNOMED CT) or labels, e.g. "E11.9" or "Type 2 diabetes". */
  conditions?: string[];
  /** Medication names or labels, e.g. "warfarin 5 mg tablet". */
  medications?: string[];
}

export interface TriageOptions {
  /** Earlier user messages of the same conversation, oldest first. */
  history?: string[];
  patient?: PatientFacts;
  /** Leave out the learned safety net and use the rules alone (to measure what each adds). */
  rulesOnly?: boolean;
}

export interface TriageReason {
  /** Rule id, e.g. "stroke-warning-signs". */
  rule: string;
  /** The words in the message that made the rule fire. */
  matched: string;
  /** The published guidance the rule was written from, with its year. */
  source: string;
}

export interface TriageResult {
  level: TriageLevel;
  reasons: TriageReason[];
  /** Plain-language instruction for what to do now. */
  action: string;
  /** Questions whose answers decide the level; present when a red flag lacks its deciding details. */
  followUpQuestions?: string[];
}

export type RefusalReason = 'out-of-scope' | 'medication-change' | 'other-person' | 'manipulation';

export type GuardResult =
  | { allowed: true }
  | { allowed: false; reason: RefusalReason; explanation: string; instead: string; matched: string };

export interface GroundingSource {
  id: string;
  text: string;
}

export interface SupportedSentence {
  sentence: string;
  sourceIds: string[];
}

export interface UnsupportedSentence {
  sentence: string;
  /** Why no source supports it: too little overlap, a number absent from the sources, or a negation that disagrees. */
  problem: 'no-overlap' | 'number-mismatch' | 'negation-mismatch';
}

export interface GroundingResult {
  kept: SupportedSentence[];
  removed: UnsupportedSentence[];
  /** The kept sentences joined back into one text. */
  text: string;
}
