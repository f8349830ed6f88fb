import { GalenError } from '../errors/index.ts';
import { decodeUtf8, detectPhi } from './detect.ts';
import { newPatientKey } from './keys.ts';
import type { PatientKey } from './keys.ts';
import { redactText, transformText } from './transform.ts';
import type { Profile } from './transform.ts';
import type { PhiSpan } from './types.ts';

/**
 * The line protocol of `galen deid text`: each input line is a JSON object {"id","text"} (optionally
 * "patient", to keep surrogates consistent across one patient's notes); each output line is
 * {"id","text","spans"}, or {"id","error"} for a line that must be refused. The error never echoes
 * the input, which may hold PHI.
 */
export const textModes = ['spans', 'redact', 'surrogate'] as const;
export type JsonlMode = (typeof textModes)[number];

export interface JsonlOptions {
  mode: JsonlMode;
  profile: Profile;
  dateOrder?: 'mdy' | 'dmy';
  /** Key for a patient (or a note id when no patient is given); default: a new random key per id per run. */
  keyFor?: (patientOrNoteId: string) => PatientKey;
}

export interface JsonlOutcome {
  output: string;
  ok: boolean;
}

/** Processes one input line (raw bytes, so invalid UTF-8 is refused rather than replaced). */
export function processLine(bytes: Uint8Array, lineNo: number, options: JsonlOptions, keyFor: (id: string) => PatientKey): JsonlOutcome {
  let id: unknown = null;
  try {
    const raw = decodeUtf8(bytes);
    let input: unknown;
    try {
      input = JSON.parse(raw);
    } catch (error) {
      throw new GalenError('invalid_json', `line ${lineNo}: not valid JSON`, { cause: error });
    }
    if (!input || typeof input !== 'object' || Array.isArray(input)) throw new GalenError('invalid_input', `line ${lineNo}: expected an object {"id","text"}`);
    const record = input as { id?: unknown; text?: unknown; patient?: unknown };
    id = record.id ?? null;
    if (typeof record.text !== 'string') throw new GalenError('invalid_input', `line ${lineNo}: "text" must be a string`);
    const spans: PhiSpan[] = detectPhi(record.text);
    if (options.mode === 'spans') return { ok: true, output: JSON.stringify({ id, text: record.text, spans }) };
    if (options.mode === 'redact') return { ok: true, output: JSON.stringify({ id, text: redactText(record.text, spans).text, spans }) };
    const keyId = typeof record.patient === 'string' ? `patient:${record.patient}` : `note:${String(id ?? lineNo)}`;
    const text = transformText(record.text, spans, { profile: options.profile, mode: 'surrogate', key: keyFor(keyId), dateOrder: options.dateOrder }).text;
    return { ok: true, output: JSON.stringify({ id, text, profile: options.profile, spans }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, output: JSON.stringify({ id, error: message }) };
  }
}

/** Splits a byte stream into lines (LF or CRLF) without decoding, then processes each line. */
export async function* processJsonl(input: AsyncIterable<Uint8Array | string>, options: JsonlOptions): AsyncGenerator<JsonlOutcome> {
  const keys = new Map<string, PatientKey>();
  const keyFor = options.keyFor ?? ((id: string) => {
    let key = keys.get(id);
    if (!key) { key = newPatientKey(); keys.set(id, key); }
    return key;
  });
  let pending: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  const emit = function* (line: Buffer): Generator<JsonlOutcome> {
    lineNo++;
    const trimmed = line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
    if (trimmed.toString('latin1').trim() === '') return;
    yield processLine(trimmed, lineNo, options, keyFor);
  };
  for await (const chunk of input) {
    pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)]);
    let nl = pending.indexOf(10);
    while (nl >= 0) {
      yield* emit(pending.subarray(0, nl));
      pending = pending.subarray(nl + 1);
      nl = pending.indexOf(10);
    }
  }
  if (pending.length) yield* emit(pending);
}
