import { GalenError } from '../errors/index.ts';
import type { Dataset, FeatureColumn } from './dataset.ts';
import { matrix, type Matrix } from './matrix.ts';

/**
 * Preprocessing is fitted on training rows only and stored with the model, so that validation
 * folds, held-out tests and later predictions are transformed with exactly the training figures.
 *
 * - `linear` (logistic regression): numeric values imputed with the training mean plus a
 *   missing-value indicator, categories one-hot encoded (unseen categories give all zeros), and
 *   every output column standardized with the training mean and standard deviation.
 * - `tree` (boosted trees): numeric values kept as they are, missing stays missing (the trees learn
 *   where missing values go), categories one-hot encoded with missing as missing.
 */
export type PreprocessMode = 'linear' | 'tree';

export type InputSpec =
  | { name: string; kind: 'numeric'; impute: number; indicator: boolean }
  | { name: string; kind: 'categorical'; categories: string[]; indicator: boolean };

export interface PreprocessSpec {
  mode: PreprocessMode;
  inputs: InputSpec[];
  /** One name per output column: `age`, `age (missing)`, `thal=7`. */
  outputNames: string[];
  /** For each output column, the input feature it comes from (to sum contributions per input). */
  outputSource: number[];
  center: number[];
  scale: number[];
}

/** A row as a caller gives it: feature name to value (missing: absent, null, '' or NaN). */
export type RawRow = Record<string, string | number | null | undefined>;

export function fitPreprocessor(dataset: Dataset, trainRows: ArrayLike<number>, mode: PreprocessMode): PreprocessSpec {
  return fitAndTransform(dataset, trainRows, mode).spec;
}

/**
 * Fits preprocessing on the training rows and returns those rows transformed with it: training needs
 * both, and the matrix the fit already built for the standardization is the training matrix.
 */
export function fitAndTransform(dataset: Dataset, trainRows: ArrayLike<number>, mode: PreprocessMode): { spec: PreprocessSpec; x: Matrix } {
  if (trainRows.length === 0) throw new GalenError('invalid_input', 'cannot fit preprocessing on zero rows');
  const inputs: InputSpec[] = dataset.features.map((f) => fitInput(f, trainRows));
  const layout = outputLayout(inputs, mode);
  const spec: PreprocessSpec = { mode, inputs, ...layout, center: layout.outputNames.map(() => 0), scale: layout.outputNames.map(() => 1) };
  const x = transformColumns(spec, dataset.features, trainRows);
  if (mode === 'linear') {
    // Standardize with the training rows' own transformed values; both passes read the row-major
    // matrix in order (means first, then squared deviations, for accuracy).
    const { n, p, data } = x;
    const mean = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      const base = i * p;
      for (let j = 0; j < p; j++) mean[j] += data[base + j];
    }
    for (let j = 0; j < p; j++) mean[j] /= n;
    const ss = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      const base = i * p;
      for (let j = 0; j < p; j++) {
        const d = data[base + j] - mean[j];
        ss[j] += d * d;
      }
    }
    for (let j = 0; j < p; j++) {
      const sd = Math.sqrt(ss[j] / n);
      spec.center[j] = mean[j];
      spec.scale[j] = sd > 1e-12 ? sd : 1;
    }
    standardize(spec, x);
  }
  return { spec, x };
}

function fitInput(f: FeatureColumn, rows: ArrayLike<number>): InputSpec {
  if (f.kind === 'numeric') {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < rows.length; k++) {
      const v = f.values[rows[k]];
      if (!Number.isNaN(v)) { sum += v; count++; }
    }
    return { name: f.name, kind: 'numeric', impute: count > 0 ? sum / count : 0, indicator: count < rows.length };
  }
  const seen = new Uint8Array(f.labels.length);
  let missing = false;
  for (let k = 0; k < rows.length; k++) {
    const c = f.codes[rows[k]];
    if (c < 0) missing = true;
    else seen[c] = 1;
  }
  const categories = f.labels.filter((_, c) => seen[c] === 1).sort(compareLabels);
  return { name: f.name, kind: 'categorical', categories, indicator: missing };
}

function compareLabels(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function outputLayout(inputs: InputSpec[], mode: PreprocessMode): { outputNames: string[]; outputSource: number[] } {
  const outputNames: string[] = [];
  const outputSource: number[] = [];
  inputs.forEach((input, s) => {
    const add = (name: string) => { outputNames.push(name); outputSource.push(s); };
    if (input.kind === 'numeric') {
      add(input.name);
      if (mode === 'linear' && input.indicator) add(`${input.name} (missing)`);
    } else {
      for (const c of input.categories) add(`${input.name}=${c}`);
      if (mode === 'linear' && input.indicator) add(`${input.name} (missing)`);
    }
  });
  return { outputNames, outputSource };
}

/** Transforms the given rows of a dataset (all rows when `rows` is omitted). */
export function transform(spec: PreprocessSpec, dataset: Dataset, rows?: ArrayLike<number>): Matrix {
  const byName = new Map(dataset.features.map((f) => [f.name, f]));
  const columns = spec.inputs.map((input) => {
    const f = byName.get(input.name);
    if (!f) throw new GalenError('invalid_input', `the data has no column '${input.name}', which the model needs`, { location: input.name });
    return f;
  });
  const x = transformColumns(spec, columns, rows ?? identity(dataset.n));
  standardize(spec, x);
  return x;
}

/** Transforms rows given as objects keyed by feature name (the shape predictions arrive in). */
export function transformRows(spec: PreprocessSpec, rows: RawRow[]): Matrix {
  const columns: FeatureColumn[] = spec.inputs.map((input) => {
    if (input.kind === 'numeric') {
      const values = Float64Array.from(rows, (row) => readNumber(row[input.name], input.name));
      return { name: input.name, kind: 'numeric', values };
    }
    const index = new Map(input.categories.map((c, i) => [c, i]));
    const labels = [...input.categories, '(unseen)'];
    const codes = Int32Array.from(rows, (row) => {
      const v = row[input.name];
      if (v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v))) return -1;
      const key = typeof v === 'number' ? String(v) : (Number.isFinite(Number(v)) && index.has(String(Number(v))) ? String(Number(v)) : v.trim());
      return index.get(key) ?? labels.length - 1;
    });
    return { name: input.name, kind: 'categorical', labels, codes };
  });
  const x = transformColumns(spec, columns, identity(rows.length));
  standardize(spec, x);
  return x;
}

function readNumber(v: string | number | null | undefined, name: string): number {
  if (v === null || v === undefined) return Number.NaN;
  if (typeof v === 'number') return v;
  const t = v.trim();
  if (t === '' || t === '?' || /^(na|nan|null|none)$/i.test(t)) return Number.NaN;
  const x = Number(t);
  if (!Number.isFinite(x)) throw new GalenError('invalid_input', `'${name}' must be a number, got '${v}'`, { location: name });
  return x;
}

function identity(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

/** The unstandardized outputs (imputation, indicators, one-hot) for the given rows. */
function transformColumns(spec: PreprocessSpec, columns: FeatureColumn[], rows: ArrayLike<number>): Matrix {
  const n = rows.length;
  const p = spec.outputNames.length;
  const x = matrix(n, p);
  const { data } = x;
  const linear = spec.mode === 'linear';
  // Where each input writes, worked out once; the matrix is then filled row by row, in memory order.
  const plans = spec.inputs.map((input, s) => {
    const f = columns[s];
    if (input.kind === 'numeric') {
      if (f.kind !== 'numeric') throw new GalenError('invalid_input', `'${input.name}' must be numeric`, { location: input.name });
      return { numeric: true as const, values: f.values, impute: input.impute, indicator: linear && input.indicator, width: 1 };
    }
    if (f.kind !== 'categorical') throw new GalenError('invalid_input', `'${input.name}' must be categorical`, { location: input.name });
    // Map the column's own codes to the fitted categories' positions (-1: unseen in training).
    const position = new Map(input.categories.map((c, i) => [c, i]));
    return { numeric: false as const, codes: f.codes, map: Int32Array.from(f.labels, (label) => position.get(label) ?? -1), indicator: linear && input.indicator, width: input.categories.length };
  });
  const missingCategory = linear ? 0 : Number.NaN;
  for (let k = 0; k < n; k++) {
    const row = rows[k];
    let at = k * p;
    for (const plan of plans) {
      if (plan.numeric) {
        const v = plan.values[row];
        const missing = Number.isNaN(v);
        data[at] = missing && linear ? plan.impute : v;
        if (plan.indicator) data[at + 1] = missing ? 1 : 0;
        at += plan.indicator ? 2 : 1;
        continue;
      }
      const code = plan.codes[row];
      const width = plan.width;
      if (code < 0) {
        for (let c = 0; c < width; c++) data[at + c] = missingCategory;
        if (plan.indicator) data[at + width] = 1;
      } else {
        const c0 = plan.map[code];
        for (let c = 0; c < width; c++) data[at + c] = c === c0 ? 1 : 0;
        if (plan.indicator) data[at + width] = 0;
      }
      at += width + (plan.indicator ? 1 : 0);
    }
  }
  return x;
}

function standardize(spec: PreprocessSpec, x: Matrix): void {
  if (spec.mode !== 'linear') return;
  const { n, p, data } = x;
  for (let i = 0; i < n; i++) {
    const base = i * p;
    for (let j = 0; j < p; j++) data[base + j] = (data[base + j] - spec.center[j]) / spec.scale[j];
  }
}
