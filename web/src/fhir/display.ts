import type { HumanName, Patient } from '@medplum/fhirtypes';

/**
 * How FHIR values read on screen. Pure functions: the same values the server stores, shown the
 * way patients and clinicians expect (names as people write them, dates without time-zone drift).
 */

/** The name to show: the official one when the record has several, else the first usable one. */
export function preferredName(patient: Pick<Patient, 'name'>): HumanName | undefined {
  const names = (patient.name ?? []).filter((name) => name.use !== 'old' && (name.text || name.family || name.given?.length));
  return names.find((name) => name.use === 'official') ?? names.find((name) => name.use === 'usual') ?? names[0];
}

/** "Maria Elena Garcia" — given names then family name, as a person writes their own name. */
export function fullName(patient: Pick<Patient, 'name'>): string {
  const name = preferredName(patient);
  if (!name) return 'Unnamed patient';
  const parts = [...(name.given ?? []), name.family].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : (name.text ?? 'Unnamed patient');
}

/** "Garcia, Maria Elena" — family name first, the way clinical lists are read and sorted. */
export function listName(patient: Pick<Patient, 'name'>): string {
  const name = preferredName(patient);
  if (!name) return 'Unnamed patient';
  const given = (name.given ?? []).join(' ');
  if (name.family && given) return `${name.family}, ${given}`;
  return name.family ?? (given || name.text || 'Unnamed patient');
}

/** The name to greet someone by: their first given name, falling back to the whole name. */
export function greetingName(patient: Pick<Patient, 'name'>): string {
  const name = preferredName(patient);
  return name?.given?.[0] ?? fullName(patient);
}

/**
 * Formats a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time) for reading.
 * A birth date is a calendar date, not an instant, so it is formatted in UTC to keep the day
 * from shifting in time zones west of Greenwich.
 */
export function formatDate(value: string | undefined, locale?: string): string {
  if (!value) return 'Not recorded';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'short';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** Whole years between a FHIR birth date and `today`, or undefined when the birth date is unusable. */
export function ageInYears(birthDate: string | undefined, today: Date): number | undefined {
  const match = birthDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate) : null;
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  let age = today.getFullYear() - year;
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  if (beforeBirthday) age -= 1;
  return age >= 0 ? age : undefined;
}

const genderLabels: Record<NonNullable<Patient['gender']>, string> = {
  male: 'Male',
  female: 'Female',
  other: 'Other',
  unknown: 'Unknown',
};

export function formatGender(gender: Patient['gender']): string {
  return gender ? genderLabels[gender] : 'Not recorded';
}

/** The medical record number: the identifier typed MR, if the record carries one. */
export function medicalRecordNumber(patient: Pick<Patient, 'identifier'>): string | undefined {
  const identifier = patient.identifier?.find((candidate) =>
    candidate.type?.coding?.some((coding) => coding.code === 'MR'),
  );
  return identifier?.value;
}
