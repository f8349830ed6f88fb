import { createHash } from 'node:crypto';
import { GalenError } from '../errors/index.ts';
import { datasetHash, type Dataset } from './dataset.ts';
import { defaultGbdtOptions, fitGbdt, gbdtRaw, type GbdtOptions, type Tree } from './gbdt.ts';
import { defaultLogisticOptions, fitLogistic, sigmoid, type LogisticOptions } from './logistic.ts';
import type { Matrix } from './matrix.ts';
import { fitAndTransform, transform, transformRows, type PreprocessSpec, type RawRow } from './preprocess.ts';
import { gbdtShap } from './treeshap.ts';

export type Algorithm = 'logistic' | 'gbdt';

export interface AlgorithmSettings {
  algorithm: Algorithm;
  logistic?: Partial<LogisticOptions>;
  gbdt?: Partial<GbdtOptions>;
}

/**
 * A trained model as plain JSON: everything needed to predict and explain (preprocessing figures
 * from the training rows, coefficients or trees), and where it came from (hash of the training
 * data). `modelIdOf` hashes it, so the same artifact always has the same id.
 */
export interface ModelArtifact {
  format: 'galen.model/1';
  algorithm: Algorithm;
  target: { column: string; positive: string };
  /** Input feature names, in the order the preprocessing expects them. */
  features: string[];
  preprocessing: PreprocessSpec;
  parameters: Record<string, number | string | boolean | null>;
  logistic?: { coef: number[]; intercept: number };
  gbdt?: { baseline: number; trees: Tree[] };
  trainingData: { name: string; sha256: string; n: number; positives: number };
}

function allRows(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i);
}

function resolvedParameters(settings: AlgorithmSettings): Record<string, number | string | boolean | null> {
  const clean = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : (v as number | string | boolean)]));
  return settings.algorithm === 'logistic' ? clean({ ...defaultLogisticOptions, ...settings.logistic }) : clean({ ...defaultGbdtOptions, ...settings.gbdt });
}

/** Fits preprocessing and the model on the given rows of the dataset (all rows when omitted). */
export function trainModel(dataset: Dataset, settings: AlgorithmSettings, rows: Uint32Array = allRows(dataset.n), options: { hashData?: boolean } = {}): ModelArtifact {
  const { spec, x } = fitAndTransform(dataset, rows, settings.algorithm === 'logistic' ? 'linear' : 'tree');
  const y = Uint8Array.from(rows, (i) => dataset.y[i]);
  const artifact: ModelArtifact = {
    format: 'galen.model/1',
    algorithm: settings.algorithm,
    target: dataset.target,
    features: spec.inputs.map((i) => i.name),
    preprocessing: spec,
    parameters: resolvedParameters(settings),
    trainingData: { name: dataset.name, sha256: options.hashData === false ? '' : datasetHash(dataset), n: rows.length, positives: y.reduce((s, v) => s + v, 0) },
  };
  if (settings.algorithm === 'logistic') {
    const fit = fitLogistic(x, y, settings.logistic);
    artifact.logistic = { coef: Array.from(fit.coef), intercept: fit.intercept };
  } else if (settings.algorithm === 'gbdt') {
    const model = fitGbdt(x, y, settings.gbdt);
    artifact.gbdt = { baseline: model.baseline, trees: model.trees };
  } else {
    throw new GalenError('invalid_input', `unknown algorithm '${String(settings.algorithm)}' (logistic or gbdt)`);
  }
  return artifact;
}

/** Raw outputs (log-odds) for an already preprocessed matrix. */
export function rawOutput(artifact: ModelArtifact, x: Matrix): Float64Array {
  if (artifact.logistic) {
    const { coef, intercept } = artifact.logistic;
    const out = new Float64Array(x.n);
    for (let i = 0; i < x.n; i++) {
      let z = intercept;
      for (let j = 0; j < x.p; j++) z += coef[j] * x.data[i * x.p + j];
      out[i] = z;
    }
    return out;
  }
  if (artifact.gbdt) return gbdtRaw({ ...artifact.gbdt, featureCount: artifact.preprocessing.outputNames.length }, x);
  throw new GalenError('invalid_input', 'the model artifact holds neither coefficients nor trees');
}

/** Predicted probabilities for rows of a dataset. */
export function predictDataset(artifact: ModelArtifact, dataset: Dataset, rows?: Uint32Array): Float64Array {
  return rawOutput(artifact, transform(artifact.preprocessing, dataset, rows)).map(sigmoid);
}

/** Predicted probabilities for rows given as objects keyed by feature name. */
export function predict(artifact: ModelArtifact, rows: RawRow[]): Float64Array {
  return rawOutput(artifact, transformRows(artifact.preprocessing, rows)).map(sigmoid);
}

export interface Contribution {
  feature: string;
  value: string | number | null;
  /** Change in log-odds attributed to this feature (positive raises the risk). */
  contribution: number;
}

export interface Explanation {
  probability: number;
  /** The log-odds every explanation starts from (the average over the training rows). */
  expectedLogOdds: number;
  logOdds: number;
  /** Per input feature (one-hot columns and missing indicators summed into their feature), largest first. */
  contributions: Contribution[];
}

/** Per-output-column contributions for one preprocessed row, and the value they start from. */
function columnContributions(artifact: ModelArtifact, row: Float64Array): { expected: number; phi: Float64Array } {
  if (artifact.logistic) {
    // Standardized inputs have mean 0 over the training rows, so the intercept is the expected log-odds.
    const phi = Float64Array.from(artifact.logistic.coef, (c, j) => c * row[j]);
    return { expected: artifact.logistic.intercept, phi };
  }
  if (artifact.gbdt) {
    const { expectedValue, contributions } = gbdtShap({ ...artifact.gbdt, featureCount: row.length }, row);
    return { expected: expectedValue, phi: contributions };
  }
  throw new GalenError('invalid_input', 'the model artifact holds neither coefficients nor trees');
}

/**
 * Explains one prediction: coefficient x standardized value for logistic regression, exact
 * TreeSHAP for boosted trees. expectedLogOdds + sum of contributions = logOdds.
 */
export function explain(artifact: ModelArtifact, row: RawRow): Explanation {
  const x = transformRows(artifact.preprocessing, [row]);
  const { expected, phi } = columnContributions(artifact, x.data);
  const byInput = new Float64Array(artifact.features.length);
  artifact.preprocessing.outputSource.forEach((s, j) => { byInput[s] += phi[j]; });
  const logOdds = expected + phi.reduce((s, v) => s + v, 0);
  const contributions = artifact.features.map((feature, s) => ({ feature, value: row[feature] ?? null, contribution: byInput[s] }));
  contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { probability: sigmoid(logOdds), expectedLogOdds: expected, logOdds, contributions };
}

/** Global importance: mean absolute contribution (log-odds) per input feature over the given rows. */
export function globalImportance(artifact: ModelArtifact, dataset: Dataset, rows?: Uint32Array, maxRows = 500): { feature: string; importance: number }[] {
  const x = transform(artifact.preprocessing, dataset, rows);
  const step = Math.max(1, Math.floor(x.n / maxRows));
  const totals = new Float64Array(artifact.features.length);
  let used = 0;
  for (let i = 0; i < x.n; i += step) {
    const { phi } = columnContributions(artifact, x.data.subarray(i * x.p, (i + 1) * x.p));
    const byInput = new Float64Array(artifact.features.length);
    artifact.preprocessing.outputSource.forEach((s, j) => { byInput[s] += phi[j]; });
    byInput.forEach((v, s) => { totals[s] += Math.abs(v); });
    used++;
  }
  return artifact.features
    .map((feature, s) => ({ feature, importance: totals[s] / Math.max(1, used) }))
    .sort((a, b) => b.importance - a.importance);
}

/** Canonical JSON: object keys sorted, so equal artifacts serialize (and hash) equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** A stable id: the first 16 hex digits of the SHA-256 of the canonical artifact. */
export function modelIdOf(artifact: ModelArtifact): string {
  return createHash('sha256').update(canonicalJson(artifact)).digest('hex').slice(0, 16);
}
