import type { Citation } from '../citation.ts';

/** A code from the record (condition, medicine), with its system as a FHIR URL or a short name ("icd10", "snomed"). */
export interface Coding {
  system?: string;
  code: string;
  display?: string;
}

/** Something done on a date: a procedure, a screening result, an immunization (CVX). */
export interface DatedCoding extends Coding {
  date: string;
}

export interface SmokingHistory {
  status: 'never' | 'current' | 'former';
  packYears?: number;
  /** For former smokers: the year they quit. */
  quitYear?: number;
}

/** Risk factors a record rarely codes, which the clinician or the patient's intake can state. */
export type RiskFactor =
  | 'hiv-risk' // sexual or injection-drug exposure that warrants repeat HIV testing
  | 'hbv-risk' // born where hepatitis B prevalence ≥ 2 %, injection drug use, men who have sex with men, household/sexual contact of HBsAg-positive person
  | 'asian-american' // lower BMI threshold (≥ 23) for diabetes screening
  | 'long-term-care-resident'; // RSV vaccine from 60

export interface PreventiveProfile {
  birthDate: string;
  sex: 'female' | 'male';
  /** The date to evaluate on (default: today). */
  asOf?: string;
  conditions?: Coding[];
  medications?: Coding[];
  smoking?: SmokingHistory;
  pregnant?: boolean;
  postmenopausal?: boolean;
  bmi?: number;
  /** 10-year cardiovascular risk as a fraction (PCE or PREVENT), for the statin rule. */
  tenYearCvdRisk?: number;
  riskFactors?: RiskFactor[];
  /** Screenings, procedures, results and immunizations already in the record. */
  history?: DatedCoding[];
}

export type PreventiveStatus = 'due' | 'overdue' | 'up-to-date' | 'not-applicable';

export interface PreventiveItem {
  id: string;
  service: string;
  kind: 'screening' | 'counseling' | 'medication' | 'immunization';
  status: PreventiveStatus;
  /** Why this status applies to this person. */
  reason: string;
  lastDone: string | null;
  /** When it is next due (in the past when due or overdue); null when complete or not applicable. */
  nextDue: string | null;
  /** The rule, stated in words. */
  rule: string;
  source: Citation;
}
