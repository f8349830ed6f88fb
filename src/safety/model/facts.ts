/**
 * Facts the rules read from numbers and the record, turned into features for the safety net:
 * words alone cannot tell a fever of 38.3 in a 30-year-old from one in a 6-week-old.
 * Bands follow the thresholds the rules use (AAP 2021 and NICE NG143 for fever by age, ADA 2024
 * for glucose levels, AHA 2017 for a hypertensive crisis).
 */
import type { Findings } from '../findings.ts';

function ageBand(findings: Findings): string {
  const age = findings.ageYears;
  if (age === undefined) return findings.babyOfUnknownAge ? 'age:baby-unknown' : 'age:unknown';
  if (age < 0.25) return 'age:under-3-months';
  if (age < 1) return 'age:infant';
  if (age < 5) return 'age:under-5';
  if (age < 18) return 'age:child';
  return age < 65 ? 'age:adult' : 'age:older';
}

function temperatureBand(c: number): string {
  if (c < 38) return 'temp:under-38';
  if (c < 39) return 'temp:38';
  return c < 40 ? 'temp:39' : 'temp:40-plus';
}

export function findingFacts(findings: Findings): string[] {
  const { measures, record } = findings;
  const facts = [ageBand(findings)];
  if (findings.pregnant) facts.push('pregnant');
  if (measures.temperatureC !== undefined) facts.push(temperatureBand(measures.temperatureC));
  if (measures.glucose.some((g) => g < 54)) facts.push('glucose:level-3-low');
  else if (measures.glucose.some((g) => g < 70)) facts.push('glucose:low');
  if (measures.glucoseHi || measures.glucose.some((g) => g >= 300)) facts.push('glucose:high');
  if (measures.bloodPressure.some((bp) => bp.systolic >= 180 || bp.diastolic >= 120)) facts.push('bp:crisis-range');
  if (record.anticoagulant) facts.push('record:anticoagulant');
  if (record.heartDisease) facts.push('record:heart-disease');
  if (record.diabetes) facts.push('record:diabetes');
  if (record.immunosuppressed) facts.push('record:immunosuppressed');
  if (record.asplenia) facts.push('record:asplenia');
  if (record.sickleCell) facts.push('record:sickle-cell');
  return facts;
}
