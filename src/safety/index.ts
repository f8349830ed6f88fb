/** The safety layer of the patient assistant: triage, the scope and misuse guard, and the grounding check. */
export { triage, triageWithNet, wasAssessedByProfessional } from './triage.ts';
export { phoneNumbers } from './actions.ts';
export { rules } from './rules.ts';
export { triageLevels, levelRank, higherLevel } from './types.ts';
export type {
  TriageLevel,
  TriageOptions,
  TriageResult,
  TriageReason,
  PatientFacts,
  GuardResult,
  RefusalReason,
  GroundingSource,
  GroundingResult,
  SupportedSentence,
  UnsupportedSentence,
} from './types.ts';
export { guard } from './guard.ts';
export { checkGrounding, splitAnswerSentences } from './grounding.ts';
export type { GroundingOptions } from './grounding.ts';
export { loadTriageSet, loadMisuseSet, scoreTriage, scoreMisuse } from './eval/sets.ts';
export type { TriageVignette, MisuseCase, MisuseExpectation, Split, TriageScore } from './eval/sets.ts';
export { safetyNet, netRow, decodeModel } from './model/net.ts';
export type { HeadName, StoredModel, SafetyNet } from './model/net.ts';
export { featureBuckets } from './model/features.ts';
export type { SparseRow } from './model/features.ts';
export { trainBinary, crossValidate } from './model/train.ts';
export type { BinaryHead, TrainOptions } from './model/train.ts';
