/** The PHI types the detector reports (HIPAA Safe Harbor identifiers that occur in notes). */
export const phiTypes = ['NAME', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ID', 'ADDRESS', 'LOCATION', 'ZIP', 'URL', 'IP'] as const;
export type PhiType = (typeof phiTypes)[number];

/** A span of PHI on the input text: `text === input.slice(start, end)` (UTF-16 offsets). */
export interface PhiSpan {
  start: number;
  end: number;
  type: PhiType;
  text: string;
}

/**
 * A detector's proposal before overlaps are resolved. `priority` decides between overlapping
 * candidates (higher wins; then the longer one).
 */
export interface Candidate extends PhiSpan {
  priority: number;
}

/** A patient's own identifiers from the record, matched in that patient's notes exactly and fuzzily. */
export interface KnownIdentifiers {
  /** Full names as written in the record ("Maria del Carmen Lopez-Ortiz"); each part is matched too. */
  names?: string[];
  /** Relatives, emergency contacts, and the patient's own clinicians. */
  relatives?: string[];
  /** Street lines ("12 Oak Street, Apt 4"). */
  addresses?: string[];
  /** Cities, counties and other places smaller than a state. */
  places?: string[];
  zips?: string[];
  mrns?: string[];
  phones?: string[];
  emails?: string[];
  /** Any other identifiers: plan, account, licence, device numbers. */
  ids?: string[];
}

export interface DetectOptions {
  /** Identifiers of the patient the note belongs to, when known. */
  known?: KnownIdentifiers;
  /** Longest text accepted, in UTF-16 code units (default 10 MiB); longer input is refused. */
  maxLength?: number;
}
