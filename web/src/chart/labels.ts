import type { Series } from '../../../src/clinician/summary.ts';

/**
 * Short names for common measurements. The record names results by their full LOINC name
 * ("Cholesterol in HDL [Mass/volume] in Serum or Plasma"), which is exact but hard to scan.
 */
const shortNames: Record<string, string> = {
  '2093-3': 'Total cholesterol',
  '2085-9': 'HDL cholesterol',
  '18262-6': 'LDL cholesterol',
  '13457-7': 'LDL cholesterol',
  '2089-1': 'LDL cholesterol',
  '2571-8': 'Triglycerides',
  '4548-4': 'Hemoglobin A1c',
  '17856-6': 'Hemoglobin A1c',
  '2345-7': 'Glucose',
  '2339-0': 'Glucose',
  '2160-0': 'Creatinine',
  '33914-3': 'eGFR',
  '62238-1': 'eGFR',
  '48642-3': 'eGFR',
  '48643-1': 'eGFR',
  '98979-8': 'eGFR',
  '9318-7': 'Urine albumin/creatinine',
  '14959-1': 'Urine albumin/creatinine',
  '1742-6': 'ALT',
  '1920-8': 'AST',
  '6768-6': 'Alkaline phosphatase',
  '1751-7': 'Albumin',
  '1975-2': 'Bilirubin, total',
  '17861-6': 'Calcium',
  '2028-9': 'Carbon dioxide',
  '2075-0': 'Chloride',
  '2823-3': 'Potassium',
  '2951-2': 'Sodium',
  '2885-2': 'Protein, total',
  '3094-0': 'Urea nitrogen (BUN)',
  '6299-2': 'Urea nitrogen (BUN)',
  '4544-3': 'Hematocrit',
  '718-7': 'Hemoglobin',
  '6690-2': 'White blood cells',
  '777-3': 'Platelets',
  '3016-3': 'TSH',
  '8480-6': 'Systolic blood pressure',
  '8462-4': 'Diastolic blood pressure',
  '8867-4': 'Heart rate',
  '39156-5': 'Body mass index',
  '29463-7': 'Weight',
  '8302-2': 'Height',
  '8310-5': 'Temperature',
  '9279-1': 'Breathing rate',
  '59408-5': 'Oxygen saturation',
  '2708-6': 'Oxygen saturation',
};

/** A short name for a series: a known one, else the LOINC name without its bracketed property and specimen. */
export function seriesName(series: Pick<Series, 'code' | 'name'>): string {
  const known = shortNames[series.code];
  if (known) return known;
  const trimmed = series.name.replace(/\s*\[[^\]]*\].*$/, '').replace(/\s+(in|by)\s+(Serum|Plasma|Blood|Urine).*$/i, '').trim();
  return trimmed || series.name;
}

/** A number as people write it: no trailing zeros, at most two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** "151 mg/dL" — the unit is left out when the record has none. */
export function formatMeasurement(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** The reference range in words, from its text when the lab gave one. */
export function rangeText(range: Series['referenceRange'], unit: string): string | undefined {
  if (!range) return undefined;
  if (range.text) return range.text;
  if (range.low !== undefined && range.high !== undefined) return `${formatNumber(range.low)}–${formatMeasurement(range.high, unit)}`;
  if (range.high !== undefined) return `up to ${formatMeasurement(range.high, unit)}`;
  if (range.low !== undefined) return `at least ${formatMeasurement(range.low, unit)}`;
  return undefined;
}
