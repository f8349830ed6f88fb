import { createHash } from 'node:crypto';
import { GalenError } from '../errors/index.ts';
import type { CsvTable } from './csv.ts';

/** How a feature's values are read: numbers (NaN = missing) or category labels (-1 = missing). */
export type FeatureKind = 'numeric' | 'categorical';

export interface NumericColumn {
  name: string;
  kind: 'numeric';
  values: Float64Array;
}

export interface CategoricalColumn {
  name: string;
  kind: 'categorical';
  /** Labels in order of first appearance; `codes[i]` indexes this list, -1 when missing. */
  labels: string[];
  codes: Int32Array;
}

export type FeatureColumn = NumericColumn | CategoricalColumn;

/** A column that was left out of the features, and why (shown on the model card). */
export interface DroppedColumn {
  column: string;
  reason: string;
}

/**
 * A modelling dataset: features by column, a 0/1 outcome, and the attributes used to report
 * performance by subgroup (sex, age) kept apart from the features so they survive even when a
 * model is not allowed to use them.
 */
export interface Dataset {
  name: string;
  n: number;
  features: FeatureColumn[];
  y: Uint8Array;
  target: { column: string; positive: string };
  dropped: DroppedColumn[];
  /** Rows removed before modelling (outcome missing, row filter), with counts. */
  excludedRows: { reason: string; count: number }[];
  groups: { sex?: (string | null)[]; age?: Float64Array };
}

/** How to turn a CSV table into a dataset. */
export interface ColumnMapping {
  target: string;
  /**
   * Which target values count as the outcome: a list of labels (`'1'`, `'3'`, `'yes'`) or one
   * comparison against a number (`'>0'`, `'>=2'`). Defaults to `'1'`.
   */
  positive?: string | string[];
  /** Columns that are not features, each with the reason (identifiers, leakage of the label). */
  drop?: (string | DroppedColumn)[];
  /** Columns to treat as categories even though they hold numbers (codes such as chest-pain type). */
  categorical?: string[];
  /** Field values that mean "missing". */
  missing?: string[];
  /** Keep only rows whose column equals the value (e.g. one site of a multi-site file). */
  where?: Record<string, string>;
  /** Column holding sex and how its codes read (e.g. `{ '1': 'male', '0': 'female' }`). */
  sex?: { column: string; labels?: Record<string, string> };
  /** Column holding age in years. */
  age?: string;
  name?: string;
}

export const defaultMissingTokens = ['', '?', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None', '.'];

const sexLabelDefaults: Record<string, string> = { m: 'male', male: 'male', f: 'female', female: 'female' };

/** Builds a dataset from a parsed CSV file and a column mapping. */
export function datasetFromCsv(table: CsvTable, mapping: ColumnMapping): Dataset {
  const { header } = table;
  const columnIndex = (name: string, role: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new GalenError('invalid_input', `${role} column '${name}' is not in the file (columns: ${header.join(', ')})`, { location: name });
    return i;
  };
  const missing = new Set(mapping.missing ?? defaultMissingTokens);
  const targetIndex = columnIndex(mapping.target, 'target');
  const isPositive = positiveTest(mapping.positive ?? '1');
  const excludedRows: Dataset['excludedRows'] = [];

  let rows = table.rows;
  for (const [column, value] of Object.entries(mapping.where ?? {})) {
    const i = columnIndex(column, 'filter');
    const kept = rows.filter((row) => row[i].trim() === value);
    if (kept.length < rows.length) excludedRows.push({ reason: `${column} is not ${value}`, count: rows.length - kept.length });
    rows = kept;
  }
  const withTarget = rows.filter((row) => !missing.has(row[targetIndex].trim()));
  if (withTarget.length < rows.length) excludedRows.push({ reason: `${mapping.target} missing`, count: rows.length - withTarget.length });
  rows = withTarget;
  if (rows.length === 0) throw new GalenError('invalid_input', 'no rows left after filtering and removing rows without an outcome');

  const dropped: DroppedColumn[] = (mapping.drop ?? []).map((d) => (typeof d === 'string' ? { column: d, reason: 'excluded by the column mapping' } : d));
  for (const d of dropped) columnIndex(d.column, 'dropped');
  for (const column of Object.keys(mapping.where ?? {})) {
    if (column !== mapping.target && !dropped.some((d) => d.column === column)) dropped.push({ column, reason: 'row filter (constant after filtering)' });
  }
  const droppedNames = new Set(dropped.map((d) => d.column));
  const categorical = new Set(mapping.categorical ?? []);
  for (const name of categorical) columnIndex(name, 'categorical');

  const features: FeatureColumn[] = [];
  header.forEach((name, j) => {
    if (j === targetIndex || droppedNames.has(name)) return;
    const raw = rows.map((row) => row[j].trim());
    features.push(readColumn(name, raw, missing, categorical.has(name)));
  });

  const y = new Uint8Array(rows.length);
  rows.forEach((row, i) => { y[i] = isPositive(row[targetIndex].trim()) ? 1 : 0; });

  const groups: Dataset['groups'] = {};
  const sexColumn = mapping.sex?.column ?? header.find((h) => /^(sex|gender)$/i.test(h));
  if (sexColumn !== undefined && header.includes(sexColumn)) {
    const i = header.indexOf(sexColumn);
    const labels = mapping.sex?.labels;
    groups.sex = rows.map((row) => {
      const v = row[i].trim();
      if (missing.has(v)) return null;
      const code = Number.isFinite(Number(v)) ? String(Number(v)) : v;
      return labels?.[v] ?? labels?.[code] ?? sexLabelDefaults[v.toLowerCase()] ?? `${sexColumn}=${code}`;
    });
  }
  const ageColumn = mapping.age ?? header.find((h) => /^age(_years)?$/i.test(h));
  if (ageColumn !== undefined && header.includes(ageColumn)) {
    const i = header.indexOf(ageColumn);
    groups.age = Float64Array.from(rows, (row) => (missing.has(row[i].trim()) ? Number.NaN : Number(row[i])));
  }

  const positive = Array.isArray(mapping.positive) ? mapping.positive.join('|') : (mapping.positive ?? '1');
  return { name: mapping.name ?? 'csv', n: rows.length, features, y, target: { column: mapping.target, positive }, dropped, excludedRows, groups };
}

function readColumn(name: string, raw: string[], missing: Set<string>, forceCategorical: boolean): FeatureColumn {
  const numbers = new Float64Array(raw.length);
  let numeric = !forceCategorical;
  for (let i = 0; i < raw.length && numeric; i++) {
    const v = raw[i];
    if (missing.has(v)) { numbers[i] = Number.NaN; continue; }
    const x = Number(v);
    if (!Number.isFinite(x)) numeric = false;
    else numbers[i] = x;
  }
  if (numeric) return { name, kind: 'numeric', values: numbers };
  const labels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(raw.length);
  raw.forEach((v, i) => {
    if (missing.has(v)) { codes[i] = -1; return; }
    // Numeric codes such as '1.0' and '1' are the same category.
    const label = forceCategorical && Number.isFinite(Number(v)) ? String(Number(v)) : v;
    let code = index.get(label);
    if (code === undefined) { code = labels.length; labels.push(label); index.set(label, code); }
    codes[i] = code;
  });
  return { name, kind: 'categorical', labels, codes };
}

/** Reads a positive-value spec: labels ('3', 'yes|y') or one numeric comparison ('>0', '>=2', '!=0'). */
export function positiveTest(spec: string | string[]): (value: string) => boolean {
  if (Array.isArray(spec)) {
    const set = new Set(spec);
    return (v) => set.has(v) || (Number.isFinite(Number(v)) && spec.some((s) => Number(s) === Number(v) && s.trim() !== ''));
  }
  const m = /^(>=|<=|>|<|!=)\s*(-?[\d.]+(?:e-?\d+)?)$/i.exec(spec.trim());
  if (m) {
    const bound = Number(m[2]);
    const op = m[1];
    return (v) => {
      const x = Number(v);
      if (!Number.isFinite(x)) throw new GalenError('invalid_input', `target value '${v}' is not a number, so '${spec}' cannot be applied`);
      return op === '>' ? x > bound : op === '>=' ? x >= bound : op === '<' ? x < bound : op === '<=' ? x <= bound : x !== bound;
    };
  }
  return positiveTest(spec.split(/[|,]/).map((s) => s.trim()));
}

/**
 * SHA-256 of the dataset in a canonical form: the feature names and kinds, then one JSON line per
 * row with every value (numbers as numbers, categories as labels, missing as null) and the outcome.
 * The same data gives the same hash whatever the column order of the source file's dropped columns,
 * quoting or number formatting ('1.0' vs '1').
 */
export function datasetHash(dataset: Dataset): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ features: dataset.features.map((f) => [f.name, f.kind]), target: dataset.target }) + '\n');
  for (let i = 0; i < dataset.n; i++) {
    const row = dataset.features.map((f) => {
      if (f.kind === 'numeric') return Number.isNaN(f.values[i]) ? null : f.values[i];
      return f.codes[i] < 0 ? null : f.labels[f.codes[i]];
    });
    row.push(dataset.y[i]);
    hash.update(JSON.stringify(row) + '\n');
  }
  return hash.digest('hex');
}

/** The rows of a dataset at the given positions (a new dataset sharing nothing with the old one). */
export function subsetDataset(dataset: Dataset, rows: ArrayLike<number>): Dataset {
  const pick = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const out = make(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = a[rows[i]];
    return out;
  };
  return {
    ...dataset,
    n: rows.length,
    features: dataset.features.map((f) => (f.kind === 'numeric'
      ? { ...f, values: pick(f.values, (n) => new Float64Array(n)) }
      : { ...f, codes: pick(f.codes, (n) => new Int32Array(n)) })),
    y: pick(dataset.y, (n) => new Uint8Array(n)),
    groups: {
      sex: dataset.groups.sex ? Array.from(rows as ArrayLike<number>, (i) => dataset.groups.sex![i]) : undefined,
      age: dataset.groups.age ? pick(dataset.groups.age, (n) => new Float64Array(n)) : undefined,
    },
  };
}
