import { randomBytes, randomInt, createHmac } from 'node:crypto';

/**
 * The per-patient secret behind surrogates and date shifts. It is drawn at random, never derived
 * from an identifier (HIPAA's rule for a re-identification code), and kept with the protected
 * link table inside the institution; whoever holds it can keep one patient's surrogates consistent
 * across exports, nobody else can recover who the patient is.
 */
export interface PatientKey {
  /** 32 random bytes, hex. */
  secret: string;
  /** Days added to every date of this patient under the `shifted` profile (never 0). */
  dateOffsetDays: number;
  /** The patient's surrogate id in exports: random, not derived from any identifier. */
  surrogateId: string;
}

/** Largest shift, in days, either way: a year keeps seasons plausible while hiding the real dates. */
export const maxDateOffsetDays = 365;

export function newPatientKey(): PatientKey {
  let offset = 0;
  while (offset === 0) offset = randomInt(-maxDateOffsetDays, maxDateOffsetDays + 1);
  return { secret: randomBytes(32).toString('hex'), dateOffsetDays: offset, surrogateId: newSurrogateId() };
}

/** A random surrogate id for a patient or any other resource (UUID v4 form). */
export function newSurrogateId(): string {
  return globalThis.crypto.randomUUID();
}

/** Deterministic bytes for (secret, purpose, value): the same original maps to the same surrogate. */
export function keyedBytes(secret: string, purpose: string, value: string): Buffer {
  return createHmac('sha256', secret).update(purpose).update('\u0000').update(value).digest();
}

/** A deterministic integer in [0, n) from keyed bytes. */
export function keyedIndex(secret: string, purpose: string, value: string, n: number): number {
  const bytes = keyedBytes(secret, purpose, value);
  return bytes.readUInt32BE(0) % n;
}
