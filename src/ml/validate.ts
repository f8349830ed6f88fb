import { GalenError } from '../errors/index.ts';
import { atThreshold, aurocDeLong, auprc, brier, calibration, reliabilityBins, type ReliabilityBin, type ThresholdMetrics } from './metrics.ts';
import { seededRandom, shuffle } from './random.ts';
import { reliabilitySvg } from './reliability-plot.ts';

/** Fold number (0..k-1) of every row; each fold keeps the outcome's overall proportion. */
export function stratifiedFolds(y: ArrayLike<number>, k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new GalenError('out_of_range', 'folds must be an integer of at least 2');
  const foldOf = new Int32Array(y.length);
  const random = seededRandom(seed);
  let offset = 0;
  for (const cls of [0, 1]) {
    const members = shuffle(Uint32Array.from({ length: y.length }, (_, i) => i).filter((i) => (y[i] ? 1 : 0) === cls), random);
    if (members.length < k) throw new GalenError('invalid_input', `only ${members.length} rows have outcome ${cls}; ${k} folds need at least ${k}`);
    // Continue the round-robin across classes so fold sizes differ by at most one.
    for (let j = 0; j < members.length; j++) foldOf[members[j]] = (offset + j) % k;
    offset = (offset + members.length) % k;
  }
  return foldOf;
}

/** A stratified split into training rows and held-out test rows. */
export function holdoutSplit(y: ArrayLike<number>, testFraction: number, seed: number): { train: Uint32Array; test: Uint32Array } {
  if (!(testFraction > 0 && testFraction < 1)) throw new GalenError('out_of_range', 'the test fraction must be between 0 and 1');
  const random = seededRandom(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const cls of [0, 1]) {
    const members = shuffle(Uint32Array.from({ length: y.length }, (_, i) => i).filter((i) => (y[i] ? 1 : 0) === cls), random);
    const nTest = Math.round(members.length * testFraction);
    members.forEach((row, j) => (j < nTest ? test : train).push(row));
  }
  return { train: Uint32Array.from(train.sort((a, b) => a - b)), test: Uint32Array.from(test.sort((a, b) => a - b)) };
}

export interface Performance {
  n: number;
  positives: number;
  auroc: number | null;
  aurocCi: [number, number] | null;
  auprc: number | null;
  brier: number;
  calibration: { slope: number | null; intercept: number | null };
  thresholds: ThresholdMetrics[];
}

export interface Evaluation {
  overall: Performance;
  /** Subgroups by sex and by age band, each with the same measures (null where a group has one class). */
  subgroups: { attribute: 'sex' | 'age'; group: string; performance: Performance }[];
  reliability: ReliabilityBin[];
  reliabilitySvg: string;
}

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

/** Fewest cases and non-cases for which a confidence interval and calibration are reported. */
export const minPerClass = 5;

export function performance(probabilities: ArrayLike<number>, y: ArrayLike<number>, thresholds: number[]): Performance {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i] ? 1 : 0;
  const bothClasses = positives > 0 && positives < y.length;
  // Interval and recalibration fits need a few rows of each class; below that they are not reported.
  const enough = Math.min(positives, y.length - positives) >= minPerClass;
  const d = bothClasses ? aurocDeLong(probabilities, y) : null;
  const cal = enough ? calibration(probabilities, y) : { slope: Number.NaN, intercept: Number.NaN };
  return {
    n: y.length,
    positives,
    auroc: d ? finiteOrNull(d.auroc) : null,
    aurocCi: d && enough && Number.isFinite(d.ci[0]) ? d.ci : null,
    auprc: bothClasses ? auprc(probabilities, y) : null,
    brier: brier(probabilities, y),
    calibration: { slope: finiteOrNull(cal.slope), intercept: finiteOrNull(cal.intercept) },
    thresholds: thresholds.map((t) => atThreshold(probabilities, y, t)),
  };
}

/** Age bands for subgroup reports (years). */
export const ageBands: { label: string; from: number; to: number }[] = [
  { label: '<45', from: -Infinity, to: 45 },
  { label: '45-54', from: 45, to: 55 },
  { label: '55-64', from: 55, to: 65 },
  { label: '65+', from: 65, to: Infinity },
];

export function evaluate(
  probabilities: ArrayLike<number>,
  y: ArrayLike<number>,
  groups: { sex?: (string | null)[]; age?: ArrayLike<number> },
  options: { thresholds?: number[]; title?: string } = {},
): Evaluation {
  const thresholds = options.thresholds ?? [0.1, 0.2, 0.5];
  const subgroups: Evaluation['subgroups'] = [];
  const pick = (rows: number[]) => ({ p: rows.map((i) => probabilities[i]), y: rows.map((i) => y[i]) });
  if (groups.sex) {
    const bySex = new Map<string, number[]>();
    groups.sex.forEach((s, i) => { if (s !== null) { const list = bySex.get(s) ?? []; list.push(i); bySex.set(s, list); } });
    for (const [group, rows] of [...bySex].sort()) {
      const { p, y: yy } = pick(rows);
      subgroups.push({ attribute: 'sex', group, performance: performance(p, yy, thresholds) });
    }
  }
  if (groups.age) {
    const age = groups.age;
    for (const band of ageBands) {
      const rows: number[] = [];
      for (let i = 0; i < age.length; i++) if (age[i] >= band.from && age[i] < band.to) rows.push(i);
      if (rows.length === 0) continue;
      const { p, y: yy } = pick(rows);
      subgroups.push({ attribute: 'age', group: band.label, performance: performance(p, yy, thresholds) });
    }
  }
  const reliability = reliabilityBins(probabilities, y, 10);
  return { overall: performance(probabilities, y, thresholds), subgroups, reliability, reliabilitySvg: reliabilitySvg(reliability, { title: options.title }) };
}
