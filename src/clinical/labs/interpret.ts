import type { Citation } from '../citation.ts';
import { criticalLimitNote, labForLoinc, type LabDefinition, type Limits, type Sex } from './catalog.ts';
import { convert, normalizeUnit } from './units.ts';

/** An Observation-like lab value, as the chart or the assistant hands it over. */
export interface LabValue {
  loinc: string;
  value: number;
  unit?: string;
  /** The record's own reference range (FHIR Observation.referenceRange), in the value's unit. */
  referenceRange?: { low?: number; high?: number; text?: string };
  sex?: Sex;
  age?: number;
}

export type LabFlag = 'low' | 'normal' | 'high' | 'critical' | 'unknown';

export interface LabInterpretation {
  loinc: string;
  /** The test's name when Galen knows it. */
  test: string | null;
  value: number;
  unit: string | null;
  flag: LabFlag;
  /** For critical values: which side. */
  direction: 'low' | 'high' | null;
  /** A named band from the guidance (e.g. "prediabetes range (5.7–6.4 %)"). */
  category: string | null;
  /** The range the flag was decided by, and whose it is. */
  range: { low?: number; high?: number; unit: string | null; basis: 'record' | 'usual-adult' } | null;
  /** Plain-language meaning for patients. */
  meaning: string | null;
  source: Citation | null;
  notes: string[];
}

function compare(value: number, limits: Limits): 'low' | 'high' | 'normal' {
  if (limits.low !== undefined && value < limits.low) return 'low';
  if (limits.high !== undefined && value > limits.high) return 'high';
  return 'normal';
}

/** The value in the unit the catalog's ranges use, or undefined when the unit is not one Galen can convert. */
function toReferenceUnit(lab: LabDefinition, value: number, unit: string | undefined): number | undefined {
  if (unit === undefined || unit.trim() === '') return value;
  const conversion = lab.conversions[normalizeUnit(unit)];
  if (conversion === undefined && normalizeUnit(unit) === normalizeUnit(lab.unit)) return value;
  return conversion === undefined ? undefined : convert(value, conversion);
}

function hasLimits(range: LabValue['referenceRange']): range is { low?: number; high?: number } {
  return range !== undefined && (typeof range.low === 'number' || typeof range.high === 'number');
}

/**
 * Flags one lab value. The record's own reference range decides low / normal / high when it has
 * one (laboratories calibrate their own); otherwise the usual adult range for the common tests.
 * Critical limits are checked either way, as they are about the patient's safety, not calibration.
 */
export function interpretLab(observation: LabValue): LabInterpretation {
  const lab = labForLoinc(observation.loinc);
  const notes: string[] = [];
  const unit = observation.unit ?? null;
  const result: LabInterpretation = {
    loinc: observation.loinc, test: lab?.name ?? null, value: observation.value, unit, flag: 'unknown', direction: null,
    category: null, range: null, meaning: lab?.meaning ?? null, source: lab?.source ?? null, notes,
  };

  if (lab?.onlyFor && observation.sex && observation.sex !== lab.onlyFor) {
    notes.push(`${lab.name} has no usual range for this sex.`);
  }

  const inReferenceUnit = lab ? toReferenceUnit(lab, observation.value, observation.unit) : undefined;
  if (lab && observation.unit === undefined) notes.push(`No unit given; ${lab.unit} assumed.`);
  if (lab && inReferenceUnit === undefined) notes.push(`Unit "${observation.unit}" is not one Galen converts for ${lab.name}; only the record's own range can be used.`);

  if (hasLimits(observation.referenceRange)) {
    result.range = { low: observation.referenceRange.low, high: observation.referenceRange.high, unit, basis: 'record' };
    result.flag = compare(observation.value, observation.referenceRange);
  } else if (lab && inReferenceUnit !== undefined && !(lab.onlyFor && observation.sex && observation.sex !== lab.onlyFor)) {
    const limits = lab.range(observation.sex);
    result.range = { ...limits, unit: lab.unit, basis: 'usual-adult' };
    result.flag = compare(inReferenceUnit, limits);
    const female = lab.range('female');
    const male = lab.range('male');
    if (observation.sex === undefined && (female.low !== male.low || female.high !== male.high)) {
      notes.push('Sex not given; the widest usual adult range was used.');
    }
    if (observation.age !== undefined && observation.age < 18) notes.push('Usual ranges here are for adults; children’s ranges differ.');
  } else if (!lab) {
    notes.push('Galen has no usual range for this test and the record gives none.');
  }

  if (lab && inReferenceUnit !== undefined) {
    result.category = lab.category?.(inReferenceUnit, observation.sex) ?? null;
    if (lab.critical) {
      const side = compare(inReferenceUnit, lab.critical);
      if (side !== 'normal') {
        result.flag = 'critical';
        result.direction = side;
        notes.push(`Critical ${side} value: ${criticalLimitNote}.`);
      }
    }
  }
  if (result.flag === 'low' || result.flag === 'high') result.direction = result.flag;
  return result;
}

export { labCatalog, labForLoinc } from './catalog.ts';
export type { LabDefinition, Sex } from './catalog.ts';
