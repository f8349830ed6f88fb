/** Writes every note of a patient's course with the exact spans of the PHI placed in it. */
import type { PatientCourse } from '../course-types.ts';
import type { WrittenNote } from '../resources.ts';
import { Rng, streamKey } from '../random.ts';
import { Phrasing } from './phrasing.ts';
import { resolveMarkup, type PhiSpan } from './markup.ts';
import { progressNote } from './progress.ts';
import { telephoneNote } from './telephone.ts';
import { dischargeSummary } from './discharge.ts';
import { referralLetter } from './referral.ts';

export type { PhiSpan, PhiType } from './markup.ts';

export interface NoteWithSpans extends WrittenNote {
  spans: PhiSpan[];
}

export function writeNotes(course: PatientCourse, seed: string | number): NoteWithSpans[] {
  const d = course.demographics;
  // Notes draw from their own stream, so changing a template never changes the structured record.
  const rng = new Rng(streamKey(seed, 'notes', d.index));
  const w = new Phrasing(rng, d);
  const notes: NoteWithSpans[] = [];
  for (const e of course.encounters) {
    for (const style of e.noteStyles) {
      const marked =
        style === 'progress' ? progressNote(course, e, w) : style === 'telephone' ? telephoneNote(course, e, w) : style === 'discharge' ? dischargeSummary(course, e, w) : referralLetter(course, e, w);
      const { text, spans } = resolveMarkup(marked);
      const day = style === 'discharge' ? e.endDay : e.day;
      const minute = Math.min(23 * 60 + 59, e.endMinute + 20);
      notes.push({
        uuid: rng.uuid(),
        noteId: `synth-${String(seed)}-p${d.index}-n${notes.length + 1}`,
        style,
        encounter: e,
        text,
        spans,
        author: e.practitioner,
        day,
        minute,
      });
    }
  }
  return notes;
}
