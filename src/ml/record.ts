import { crossValidate } from './cross-validate.ts';
import type { Dataset, DroppedColumn } from './dataset.ts';
import { globalImportance, modelIdOf, trainModel, type AlgorithmSettings, type ModelArtifact } from './model.ts';
import type { Evaluation } from './validate.ts';

/**
 * Everything known about one trained model: the artifact, how it was validated, and the facts a
 * model card states (intended use, data, limits). This is the record a registry stores.
 */
export interface TrainedModelRecord {
  name: string;
  version: number;
  modelId: string;
  createdAt: string;
  intendedUse: string;
  data: {
    name: string;
    description: string;
    sha256: string;
    n: number;
    positives: number;
    target: { column: string; positive: string };
    features: string[];
    dropped: DroppedColumn[];
    excludedRows: { reason: string; count: number }[];
  };
  algorithm: AlgorithmSettings['algorithm'];
  parameters: ModelArtifact['parameters'];
  validation: { method: string; folds: number; seed: number; evaluation: Evaluation };
  importance: { feature: string; importance: number }[];
  limits: string[];
  artifact: ModelArtifact;
}

export interface TrainRequest {
  name?: string;
  version?: number;
  intendedUse?: string;
  description?: string;
  limits?: string[];
  settings: AlgorithmSettings;
  folds?: number;
  seed?: number;
  thresholds?: number[];
}

/** Cross-validates, then trains the final model on all rows, and assembles the record. */
export function trainAndValidate(dataset: Dataset, request: TrainRequest): TrainedModelRecord {
  const folds = request.folds ?? 5;
  const seed = request.seed ?? 0;
  const cv = crossValidate(dataset, request.settings, { folds, seed, thresholds: request.thresholds });
  const settings: AlgorithmSettings = request.settings.algorithm === 'gbdt' ? { ...request.settings, gbdt: { seed, ...request.settings.gbdt } } : request.settings;
  const artifact = trainModel(dataset, settings);
  const limits = [
    `Validated only by ${folds}-fold cross-validation within ${dataset.name} (${dataset.n} rows); performance in another population, site or period is unknown until it is validated there.`,
    'Predicts from the listed features only; it does not replace clinical assessment and is not a diagnosis.',
    ...(dataset.n < 1000 ? ['Small development sample: estimates (especially by subgroup) are imprecise; see the confidence interval.'] : []),
    ...(request.limits ?? []),
  ];
  return {
    name: request.name ?? `${dataset.name}-${request.settings.algorithm}`,
    version: request.version ?? 1,
    modelId: modelIdOf(artifact),
    createdAt: new Date().toISOString(),
    intendedUse: request.intendedUse ?? `Estimate the probability that ${dataset.target.column} is ${dataset.target.positive}, for decision support by clinicians.`,
    data: {
      name: dataset.name,
      description: request.description ?? '',
      sha256: artifact.trainingData.sha256,
      n: dataset.n,
      positives: artifact.trainingData.positives,
      target: dataset.target,
      features: artifact.features,
      dropped: dataset.dropped,
      excludedRows: dataset.excludedRows,
    },
    algorithm: request.settings.algorithm,
    parameters: artifact.parameters,
    validation: { method: `stratified ${folds}-fold cross-validation (preprocessing fitted within each training fold)`, folds, seed, evaluation: cv.evaluation },
    importance: globalImportance(artifact, dataset),
    limits,
    artifact,
  };
}
