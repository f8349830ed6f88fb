import type { Assessment } from '../api/clinician.ts';

/**
 * Turns the server's description of an input ("40–79 years", "true | false", "white | african_american |
 * other") into a form field, and a complete result into the figures to show. Pure, so it is tested alone.
 */
export type FieldKind =
  | { kind: 'number'; min: number; max: number; unit: string }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: string[] };

export function fieldKind(validRange: string): FieldKind {
  const number = /^(-?\d+(?:\.\d+)?)\s*[–-]\s*(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(validRange.trim());
  if (number) return { kind: 'number', min: Number(number[1]), max: Number(number[2]), unit: number[3].trim() };
  const options = validRange.split('|').map((option) => option.trim()).filter(Boolean);
  if (options.length === 2 && options.includes('true') && options.includes('false')) return { kind: 'boolean' };
  return { kind: 'choice', options };
}

/** "african_american" → "African American". */
export function optionLabel(option: string): string {
  return option
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Reads a typed value for the API: a number, a boolean or a choice; undefined when left empty or not a number. */
export function parseFieldValue(kind: FieldKind, raw: string): number | boolean | string | undefined {
  if (raw.trim() === '') return undefined;
  if (kind.kind === 'number') {
    const value = Number(raw.replace(',', '.'));
    return Number.isFinite(value) ? value : undefined;
  }
  if (kind.kind === 'boolean') return raw === 'true';
  return raw;
}

export const calculatorTitles: Record<string, string> = {
  pce: 'Pooled Cohort Equations (2013 ACC/AHA): 10-year ASCVD risk',
  prevent: 'AHA PREVENT equations (2023)',
  egfr: 'CKD-EPI 2021 creatinine eGFR (race-free)',
  cha2ds2vasc: 'CHA₂DS₂-VASc stroke risk in atrial fibrillation',
  hasbled: 'HAS-BLED bleeding risk',
  bmi: 'Body-mass index',
  fib4: 'FIB-4 liver fibrosis index',
};

const figureLabels: Record<string, string> = {
  tenYearRisk: '10-year ASCVD risk',
  tenYearTotalCvd: '10-year total CVD risk',
  tenYearAscvd: '10-year ASCVD risk',
  tenYearHeartFailure: '10-year heart failure risk',
  thirtyYearTotalCvd: '30-year total CVD risk',
  thirtyYearAscvd: '30-year ASCVD risk',
  thirtyYearHeartFailure: '30-year heart failure risk',
  egfr: 'eGFR (mL/min/1.73 m²)',
  gfrCategory: 'KDIGO GFR category',
  score: 'Score',
  bmi: 'BMI (kg/m²)',
  whoCategory: 'WHO category',
  fib4: 'FIB-4',
  lowCutoff: 'Low cut-off',
  highCutoff: 'High cut-off',
};

const reservedKeys = new Set(['complete', 'calculator', 'title', 'interpretation', 'inputs', 'notes', 'source']);

/** "thirtyYearAscvd" → "Thirty year ascvd", for figures without a known label. */
function wordsOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The result figures of a complete assessment, risks as percentages; unrounded duplicates are left out. */
export function resultFigures(assessment: Extract<Assessment, { complete: true }>): { key: string; label: string; value: string }[] {
  const figures: { key: string; label: string; value: string }[] = [];
  for (const [key, value] of Object.entries(assessment)) {
    // Unrounded and percent duplicates and intermediate sums repeat what the main figures say.
    if (reservedKeys.has(key) || /Unrounded$|Percent$|Sum$/.test(key) || value === null || value === undefined) continue;
    let shown: string;
    if (typeof value === 'number') shown = /risk|cvd|ascvd|failure/i.test(key) && value >= 0 && value <= 1 ? `${(value * 100).toFixed(1)} %` : String(Number(value.toFixed(2)));
    else if (typeof value === 'string' || typeof value === 'boolean') shown = String(value);
    else continue;
    figures.push({ key, label: figureLabels[key] ?? wordsOf(key), value: shown });
  }
  return figures;
}

/** Splits an input's provenance into the record reference it names (if any) and the words around it. */
export function splitSource(source: string | undefined): { reference?: string; rest: string } {
  if (!source) return { rest: '' };
  const match = /^([A-Z][A-Za-z]+\/[A-Za-z0-9.\-]+)\s*(.*)$/.exec(source);
  if (!match) return { rest: source };
  return { reference: match[1], rest: match[2].replace(/^\((.*)\)$/, '$1') };
}
