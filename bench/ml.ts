/**
 * Predictive-model benchmark: AUROC (pooled out-of-fold, stratified 5-fold cross-validation) and
 * training time of Galen's logistic regression and gradient-boosted trees beside scikit-learn's
 * LogisticRegression and HistGradientBoostingClassifier, on exactly the same folds in the same run:
 * UCI Cleveland heart disease, the Debernardi 2020 urinary biomarkers (PDAC versus the rest), and a
 * deterministic synthetic cohort of 100,000 rows and 40 features.
 *
 *   node bin/run-ts.mjs bench/ml.ts [--data DIR] [--rows N] [--folds K] [--seed S] [--only NAME] [--algorithm logistic|gbdt] [--sklearn-threads N]
 *
 * --only picks one dataset (heart, debernardi or synthetic) and --algorithm one model, both sides.
 *
 * Galen trains on one thread, so scikit-learn's OpenMP threads default to one as well (a like-for-like
 * comparison that shared machines do not distort); --sklearn-threads lets it use more.
 *
 * scikit-learn comes from Debian's python3-sklearn (`apt-get install -y python3-sklearn`); the
 * benchmark installs nothing and reports clearly when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crossValidate, knownDatasets, loadKnownDataset, stratifiedFolds, syntheticCohort, type AlgorithmSettings, type Dataset } from '../src/ml/index.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('--data') ?? process.env.GALEN_DATA ?? '../shared/data');
const syntheticRows = Number(option('--rows') ?? 100_000);
const k = Number(option('--folds') ?? 5);
const seed = Number(option('--seed') ?? 42);
const only = option('--only');
const onlyAlgorithm = option('--algorithm');
const sklearnThreads = option('--sklearn-threads') ?? '1';
const progress = process.stderr.isTTY === true && !process.env.CI;
const log = (msg: string) => { if (progress) process.stderr.write(msg + '\n'); };

const datasets: Dataset[] = [];
for (const name of Object.keys(knownDatasets) as (keyof typeof knownDatasets)[]) {
  if (only && only !== name) continue;
  if (!existsSync(join(dataDir, knownDatasets[name].file))) { log(`skipping ${name}: ${knownDatasets[name].file} not found under ${dataDir}`); continue; }
  datasets.push(loadKnownDataset(name, dataDir));
}
if (!only || only === 'synthetic') datasets.push(syntheticCohort(syntheticRows, 40, 7));

const allAlgorithms: AlgorithmSettings[] = [{ algorithm: 'logistic', logistic: { penalty: 'l2', C: 1 } }, { algorithm: 'gbdt' }];
const algorithms = allAlgorithms.filter((a) => !onlyAlgorithm || a.algorithm === onlyAlgorithm);

interface Row { dataset: string; n: number; positives: number; algorithm: string; galenAuroc: number; galenTrainSeconds: number; galenTrainCpuSeconds: number; sklearnAuroc: number | null; sklearnTrainSeconds: number | null; sklearnTrainCpuSeconds: number | null }
const rows: Row[] = [];

// Folds and raw columns for the scikit-learn side.
const dir = mkdtempSync(join(tmpdir(), 'galen-bench-ml-'));
const manifest: { algorithms: string[]; datasets: unknown[] } = { algorithms: algorithms.map((a) => a.algorithm), datasets: [] };
const foldsByName = new Map<string, Int32Array>();
datasets.forEach((d, index) => {
  const folds = stratifiedFolds(d.y, k, seed);
  foldsByName.set(d.name, folds);
  const p = d.features.length;
  const data = new Float64Array(p * d.n);
  d.features.forEach((f, j) => {
    for (let i = 0; i < d.n; i++) data[j * d.n + i] = f.kind === 'numeric' ? f.values[i] : (f.codes[i] < 0 ? Number.NaN : f.codes[i]);
  });
  const file = `dataset-${index}.f64`;
  writeFileSync(join(dir, file), Buffer.from(data.buffer));
  manifest.datasets.push({ name: d.name, n: d.n, p, file, kinds: d.features.map((f) => f.kind), y: Array.from(d.y), folds: Array.from(folds) });
});
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));

for (const d of datasets) {
  for (const settings of algorithms) {
    log(`galen ${settings.algorithm} on ${d.name} (${d.n} rows, ${k} folds)...`);
    const cv = crossValidate(d, settings, { folds: k, seed, foldOf: foldsByName.get(d.name) });
    rows.push({ dataset: d.name, n: d.n, positives: d.y.reduce((s, v) => s + v, 0), algorithm: settings.algorithm, galenAuroc: cv.evaluation.overall.auroc ?? Number.NaN, galenTrainSeconds: cv.trainMs / 1000, galenTrainCpuSeconds: cv.trainCpuMs / 1000, sklearnAuroc: null, sklearnTrainSeconds: null, sklearnTrainCpuSeconds: null });
  }
}

log('scikit-learn on the same folds...');
let sklearnNote = '';
let sklearnVersion: string | null = null;
const python = '/usr/bin/python3';
if (!existsSync(python)) sklearnNote = 'scikit-learn baseline skipped: /usr/bin/python3 is missing (apt-get install -y python3-sklearn)';
else {
  const threads = { OMP_NUM_THREADS: sklearnThreads, OPENBLAS_NUM_THREADS: sklearnThreads, MKL_NUM_THREADS: sklearnThreads };
  const run = spawnSync(python, [resolve('bench/ml_sklearn.py'), dir], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...threads } });
  const out = (run.stdout ?? '').trim().split('\n').pop() ?? '';
  let parsed: { error?: string; sklearn?: string; results?: { dataset: string; algorithm: string; auroc: number; trainSeconds: number; trainCpuSeconds: number }[] } = {};
  try { parsed = JSON.parse(out); } catch { parsed = { error: `scikit-learn run failed: ${(run.stderr ?? '').trim().split('\n').pop() ?? 'no output'}` }; }
  if (parsed.error) sklearnNote = `${parsed.error} (install Debian's python3-sklearn: apt-get install -y python3-sklearn)`;
  else {
    sklearnVersion = parsed.sklearn ?? null;
    for (const r of parsed.results ?? []) {
      const row = rows.find((x) => x.dataset === r.dataset && x.algorithm === r.algorithm);
      if (row) { row.sklearnAuroc = r.auroc; row.sklearnTrainSeconds = r.trainSeconds; row.sklearnTrainCpuSeconds = r.trainCpuSeconds; }
    }
  }
}
rmSync(dir, { recursive: true, force: true });

const goals = rows.map((r) => ({
  dataset: r.dataset,
  algorithm: r.algorithm,
  aurocWithin001: r.sklearnAuroc === null ? null : Math.abs(r.galenAuroc - r.sklearnAuroc) <= 0.01,
  // Judged on processor time: wall time on a shared machine mostly measures the other load.
  notSlower: r.sklearnTrainCpuSeconds === null || r.n < 10_000 ? null : r.galenTrainCpuSeconds <= r.sklearnTrainCpuSeconds,
}));
const summary = { benchmark: 'ml', folds: k, seed, sklearn: sklearnVersion, sklearnThreads: Number(sklearnThreads), note: sklearnNote || undefined, results: rows, goals };
process.stdout.write(JSON.stringify(summary) + '\n');

const f = (v: number | null, d = 3) => (v === null || !Number.isFinite(v) ? '–' : v.toFixed(d));
const table = [
  ['dataset', 'n', 'cases', 'algorithm', 'AUROC galen', 'AUROC sklearn', 'Δ', 'train s galen', 'train s sklearn', 'cpu s galen', 'cpu s sklearn'],
  ...rows.map((r) => [r.dataset, String(r.n), String(r.positives), r.algorithm, f(r.galenAuroc), f(r.sklearnAuroc), r.sklearnAuroc === null ? '–' : (r.galenAuroc - r.sklearnAuroc).toFixed(4), f(r.galenTrainSeconds, 2), f(r.sklearnTrainSeconds, 2), f(r.galenTrainCpuSeconds, 2), f(r.sklearnTrainCpuSeconds, 2)]),
];
const widths = table[0].map((_, j) => Math.max(...table.map((r) => r[j].length)));
process.stdout.write('\n' + table.map((r) => r.map((c, j) => c.padEnd(widths[j])).join('  ')).join('\n') + '\n');
process.stdout.write(`\n${k}-fold stratified cross-validation (seed ${seed}), same folds for both; AUROC of the pooled out-of-fold predictions; training time summed over folds, preprocessing included. scikit-learn ${sklearnVersion ?? '(not run)'} with ${sklearnThreads} thread(s); Galen one thread.\n`);
if (sklearnNote) process.stdout.write(`NOTE: ${sklearnNote}\n`);
