/**
 * De-identification: PHI detection in free text, Safe Harbor and shifted transforms of text and
 * FHIR resources, per-patient surrogate keys, k-anonymity, and evaluation against annotated text.
 */
export { phiTypes } from './types.ts';
export type { PhiType, PhiSpan, KnownIdentifiers, DetectOptions } from './types.ts';
export { detectPhi, decodeUtf8, defaultMaxLength } from './detect.ts';
export { newPatientKey, newSurrogateId, maxDateOffsetDays } from './keys.ts';
export type { PatientKey } from './keys.ts';
export { transformText, redactText, replacementFor, zip3, restrictedZip3, agesOver89, profiles, profileDescriptions } from './transform.ts';
export type { Profile, TextMode, TransformOptions, TransformResult } from './transform.ts';
export { deidentifyResource, deidentifyFreeText, knownFromPatient } from './fhir.ts';
export type { FhirDeidContext } from './fhir.ts';
export { deidentifyResources, patientIdOf } from './export.ts';
export type { ExportOptions, ExportReport } from './export.ts';
export { kAnonymity } from './kanon.ts';
export type { KAnonymityReport } from './kanon.ts';
export { Evaluator, score } from './metrics.ts';
export type { Evaluation, GoldSpan, Scores } from './metrics.ts';
export { meddocanDoc, presidioDoc, meddocanType, presidioType } from './corpora.ts';
export type { AnnotatedDoc } from './corpora.ts';
export { processJsonl, processLine, textModes } from './jsonl.ts';
export type { JsonlMode, JsonlOptions, JsonlOutcome } from './jsonl.ts';
export { LinkTable } from './links.ts';
export { exportDeidentified, type StoreExportReport } from './store-export.ts';
