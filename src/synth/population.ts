/** Generates the population one patient at a time: demographics, course, notes, then FHIR. */
import type { Bundle } from '@medplum/fhirtypes';
import { GalenError } from '../errors/index.ts';
import { buildCourse } from './course.ts';
import { dayNumber } from './dates.ts';
import { directoryBundle, directoryModel } from './directory.ts';
import { writeNotes, type PhiSpan } from './notes/index.ts';
import { drawDemographics } from './patient.ts';
import { patientBundle } from './resources.ts';

export interface SynthOptions {
  patients: number;
  seed: string | number;
  /** ISO date the history ends; default 2026-01-01. */
  asOf?: string;
}

export type NoteStyle = 'progress' | 'telephone' | 'discharge' | 'referral';

export interface SyntheticNote {
  /** DocumentReference identifier value (system urn:galen:synth:note). */
  noteId: string;
  patientIndex: number;
  style: NoteStyle;
  text: string;
  spans: PhiSpan[];
}

export interface SyntheticPatientRecord {
  index: number;
  /** FHIR R4 transaction Bundle. */
  bundle: Bundle;
  notes: SyntheticNote[];
}

export const defaultAsOf = '2026-01-01';

function checkOptions(opts: SynthOptions): string {
  if (!Number.isInteger(opts.patients) || opts.patients < 0) throw new GalenError('invalid_input', `patients must be a whole number of zero or more, not ${String(opts.patients)}`);
  if (typeof opts.seed !== 'number' && typeof opts.seed !== 'string') throw new GalenError('invalid_input', 'seed must be a string or a number');
  if (typeof opts.seed === 'number' && !Number.isFinite(opts.seed)) throw new GalenError('invalid_input', 'seed must be a finite number');
  const asOf = opts.asOf ?? defaultAsOf;
  let day: number;
  try {
    day = dayNumber(asOf);
  } catch {
    throw new GalenError('invalid_input', `asOf must be an ISO date (YYYY-MM-DD), not "${asOf}"`);
  }
  if (day < dayNumber('2000-01-01') || day > dayNumber('2100-01-01')) throw new GalenError('out_of_range', `asOf must be between 2000 and 2100, not ${asOf}`);
  return asOf;
}

/** Organizations, practitioners and their roles shared by the population; ingest it before any patient bundle. */
export function generateDirectory(opts: SynthOptions): Bundle {
  checkOptions(opts);
  return directoryBundle(directoryModel(opts.seed));
}

/** One patient's record; the same seed and index give the same bytes whatever the population size. */
export function generatePatient(opts: Omit<SynthOptions, 'patients'>, index: number): SyntheticPatientRecord {
  const asOf = checkOptions({ ...opts, patients: index + 1 });
  const directory = directoryModel(opts.seed);
  const demographics = drawDemographics(opts.seed, index, asOf, directory);
  const course = buildCourse(demographics, directory, asOf);
  const notes = writeNotes(course, opts.seed);
  return {
    index,
    bundle: patientBundle(course, notes),
    notes: notes.map((n) => ({ noteId: n.noteId, patientIndex: index, style: n.style, text: n.text, spans: n.spans })),
  };
}

/** One record per patient, generated lazily so large populations never sit in memory at once. */
export function* generatePopulation(opts: SynthOptions): Generator<SyntheticPatientRecord> {
  checkOptions(opts);
  for (let index = 0; index < opts.patients; index++) yield generatePatient(opts, index);
}

/** The PHI span file: one JSON line per note with its id, patient index, style, text and spans. */
export function notesToJsonl(notes: Iterable<SyntheticNote>): string {
  let out = '';
  for (const n of notes) out += `${JSON.stringify({ noteId: n.noteId, patientIndex: n.patientIndex, style: n.style, text: n.text, spans: n.spans })}\n`;
  return out;
}
