/**
 * Deterministic synthetic population: FHIR R4 transaction Bundles per patient, a shared directory
 * of organizations and practitioners, and clinical notes with the exact spans of the PHI they hold.
 */
export { generateDirectory, generatePatient, generatePopulation, notesToJsonl, defaultAsOf } from './population.ts';
export type { NoteStyle, SynthOptions, SyntheticNote, SyntheticPatientRecord } from './population.ts';
export type { PhiSpan, PhiType } from './notes/markup.ts';
