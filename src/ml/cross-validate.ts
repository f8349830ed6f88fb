import type { Dataset } from './dataset.ts';
import { predictDataset, trainModel, type AlgorithmSettings } from './model.ts';
import type { PreprocessSpec } from './preprocess.ts';
import { evaluate, holdoutSplit, stratifiedFolds, type Evaluation } from './validate.ts';

export interface FoldResult {
  fold: number;
  trainRows: number;
  testRows: number;
  /** The preprocessing fitted on this fold's training rows (kept so that its isolation can be checked). */
  preprocessing: PreprocessSpec;
  trainMs: number;
  /** Processor time of the training (user + system), less sensitive than wall time to other load on the machine. */
  trainCpuMs: number;
}

export interface CrossValidation {
  folds: FoldResult[];
  /** Out-of-fold probability of every row: predicted by the model that did not see it. */
  probabilities: Float64Array;
  foldOf: Int32Array;
  evaluation: Evaluation;
  trainMs: number;
  trainCpuMs: number;
}

/**
 * Stratified k-fold cross-validation: for each fold, preprocessing and model are fitted on the
 * other folds only, and the fold is predicted. The measures are computed on the pooled
 * out-of-fold predictions, overall and by subgroup.
 */
export function crossValidate(dataset: Dataset, settings: AlgorithmSettings, options: { folds?: number; seed?: number; thresholds?: number[]; foldOf?: Int32Array } = {}): CrossValidation {
  const k = options.folds ?? 5;
  const foldOf = options.foldOf ?? stratifiedFolds(dataset.y, k, options.seed ?? 0);
  const probabilities = new Float64Array(dataset.n);
  const folds: FoldResult[] = [];
  let trainMs = 0;
  let trainCpuMs = 0;
  for (let fold = 0; fold < k; fold++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < dataset.n; i++) (foldOf[i] === fold ? test : train).push(i);
    const trainRows = Uint32Array.from(train);
    const testRows = Uint32Array.from(test);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const artifact = trainModel(dataset, withSeed(settings, (options.seed ?? 0) + fold), trainRows, { hashData: false });
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    trainMs += ms;
    trainCpuMs += cpuMs;
    const p = predictDataset(artifact, dataset, testRows);
    testRows.forEach((row, j) => { probabilities[row] = p[j]; });
    folds.push({ fold, trainRows: trainRows.length, testRows: testRows.length, preprocessing: artifact.preprocessing, trainMs: ms, trainCpuMs: cpuMs });
  }
  const evaluation = evaluate(probabilities, dataset.y, dataset.groups, { thresholds: options.thresholds, title: `Reliability (${k}-fold cross-validation)` });
  return { folds, probabilities, foldOf, evaluation, trainMs, trainCpuMs };
}

function withSeed(settings: AlgorithmSettings, seed: number): AlgorithmSettings {
  return settings.algorithm === 'gbdt' ? { ...settings, gbdt: { seed, ...settings.gbdt } } : settings;
}

/** Trains on a stratified training part and evaluates once on the held-out rows. */
export function holdoutValidate(dataset: Dataset, settings: AlgorithmSettings, options: { testFraction?: number; seed?: number; thresholds?: number[] } = {}): { evaluation: Evaluation; trainRows: number; testRows: number } {
  const { train, test } = holdoutSplit(dataset.y, options.testFraction ?? 0.2, options.seed ?? 0);
  const artifact = trainModel(dataset, settings, train, { hashData: false });
  const p = predictDataset(artifact, dataset, test);
  const pick = <T>(values: ArrayLike<T>) => Array.from(test, (i) => values[i]);
  const evaluation = evaluate(p, pick(dataset.y), { sex: dataset.groups.sex ? pick(dataset.groups.sex) : undefined, age: dataset.groups.age ? pick(dataset.groups.age) : undefined }, { thresholds: options.thresholds, title: 'Reliability (held-out test)' });
  return { evaluation, trainRows: train.length, testRows: test.length };
}
