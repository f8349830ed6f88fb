import { describe, expect, it } from 'vitest';
import type { Patient } from '@medplum/fhirtypes';
import { ageInYears, formatDate, formatGender, fullName, greetingName, listName, medicalRecordNumber, preferredName } from './display.ts';

const maria: Patient = {
  resourceType: 'Patient',
  name: [
    { use: 'old', given: ['Maria'], family: 'Lopez' },
    { use: 'nickname', given: ['Mari'] },
    { use: 'official', given: ['Maria', 'Elena'], family: 'Garcia', prefix: ['Mrs.'] },
  ],
  identifier: [
    { system: 'http://hl7.org/fhir/sid/us-ssn', type: { coding: [{ code: 'SS' }] }, value: '999-00-1234' },
    { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'MRN-4471' },
  ],
};

describe('patient names', () => {
  it('uses the official name over old and nickname names', () => {
    expect(preferredName(maria)?.family).toBe('Garcia');
    expect(fullName(maria)).toBe('Maria Elena Garcia');
    expect(listName(maria)).toBe('Garcia, Maria Elena');
    expect(greetingName(maria)).toBe('Maria');
  });

  it('falls back to the text of a name, then to a neutral label', () => {
    expect(fullName({ name: [{ text: 'Kim Lee' }] })).toBe('Kim Lee');
    expect(listName({ name: [{ family: 'Okafor' }] })).toBe('Okafor');
    expect(greetingName({ name: [{ family: 'Okafor' }] })).toBe('Okafor');
    expect(fullName({})).toBe('Unnamed patient');
    expect(listName({ name: [{ use: 'old', family: 'Gone' }] })).toBe('Unnamed patient');
  });
});

describe('formatDate', () => {
  it('keeps the calendar day of a birth date whatever the time zone', () => {
    // Formatting at local midnight would show 31 Dec 1979 west of Greenwich.
    expect(formatDate('1980-01-01', 'en-US')).toBe('Jan 1, 1980');
  });

  it('shows partial dates at their own precision and says when nothing is recorded', () => {
    expect(formatDate('1975-06', 'en-US')).toBe('Jun 1975');
    expect(formatDate('1975', 'en-US')).toBe('1975');
    expect(formatDate(undefined)).toBe('Not recorded');
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('ageInYears', () => {
  const today = new Date(2024, 5, 15); // 15 June 2024, local time

  it('counts a year only once the birthday has passed', () => {
    expect(ageInYears('1980-06-15', today)).toBe(44);
    expect(ageInYears('1980-06-16', today)).toBe(43);
    expect(ageInYears('1980-12-01', today)).toBe(43);
  });

  it('gives no age for a missing, partial or future birth date', () => {
    expect(ageInYears(undefined, today)).toBeUndefined();
    expect(ageInYears('1980', today)).toBeUndefined();
    expect(ageInYears('2030-01-01', today)).toBeUndefined();
  });
});

describe('other patient facts', () => {
  it('labels administrative gender and its absence', () => {
    expect(formatGender('female')).toBe('Female');
    expect(formatGender('unknown')).toBe('Unknown');
    expect(formatGender(undefined)).toBe('Not recorded');
  });

  it('finds the medical record number among other identifiers', () => {
    expect(medicalRecordNumber(maria)).toBe('MRN-4471');
    expect(medicalRecordNumber({ identifier: [{ value: 'x' }] })).toBeUndefined();
  });
});
