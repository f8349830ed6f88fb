import type { Citation } from '../knowledge/types.ts';

/** What a composer may draw on: approved knowledge passages and facts from the patient's own record. */
export interface KnowledgeEvidence {
  kind: 'knowledge';
  /** Passage id. */
  id: string;
  articleId: string;
  title: string;
  section: string;
  text: string;
  citations: Citation[];
}

export interface RecordEvidence {
  kind: 'record';
  /** The FHIR resource the fact comes from, "Type/id". */
  id: string;
  text: string;
}

export type Evidence = KnowledgeEvidence | RecordEvidence;

export interface ComposedSentence {
  text: string;
  /** Evidence ids the sentence rests on. */
  evidenceIds: string[];
}

export interface ComposeInput {
  question: string;
  evidence: Evidence[];
  /** Patient's first name, for a personal opening where the composer uses one. */
  patientName?: string;
}

/** A composer turns a question and its evidence into sentences; the grounding check runs after it whatever it is. */
export interface Composer {
  readonly name: string;
  compose(input: ComposeInput): Promise<ComposedSentence[]>;
}
