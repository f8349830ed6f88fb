/**
 * Predictive models: datasets from CSV, preprocessing fitted on training rows only, penalized
 * logistic regression and histogram gradient-boosted trees, cross-validation with discrimination,
 * calibration and subgroup measures, explanations (coefficients, exact TreeSHAP), model cards.
 * Pure functions over plain data: no storage, no HTTP.
 */
export { parseCsv, type CsvTable } from './csv.ts';
export { datasetFromCsv, datasetHash, subsetDataset, positiveTest, defaultMissingTokens, type ColumnMapping, type Dataset, type DroppedColumn, type FeatureColumn } from './dataset.ts';
export { fitPreprocessor, transform, transformRows, type PreprocessSpec, type RawRow } from './preprocess.ts';
export { fitLogistic, type LogisticFit, type LogisticOptions, type Penalty } from './logistic.ts';
export { fitGbdt, gbdtRaw, type GbdtModel, type GbdtOptions, type Tree } from './gbdt.ts';
export { gbdtShap, treeShap } from './treeshap.ts';
export { auroc, aurocDeLong, auprc, brier, calibration, atThreshold, reliabilityBins, type ThresholdMetrics } from './metrics.ts';
export { reliabilitySvg } from './reliability-plot.ts';
export { evaluate, performance, stratifiedFolds, holdoutSplit, ageBands, type Evaluation, type Performance } from './validate.ts';
export { crossValidate, holdoutValidate, type CrossValidation } from './cross-validate.ts';
export { trainModel, predict, predictDataset, explain, globalImportance, modelIdOf, canonicalJson, type Algorithm, type AlgorithmSettings, type ModelArtifact, type Explanation } from './model.ts';
export { trainAndValidate, type TrainedModelRecord, type TrainRequest } from './record.ts';
export { renderModelCardMarkdown, renderModelCardHtml } from './card.ts';
export { loadCsvDataset, loadKnownDataset, knownDatasets, type KnownDataset } from './known-datasets.ts';
export { syntheticCohort } from './synthetic.ts';
export { matrix, type Matrix } from './matrix.ts';
export { seededRandom } from './random.ts';
export { ModelRegistry, type ModelStatus, type RegisteredModel, type Prediction } from './registry.ts';
export { featuresAt, cohortRow, cohortTable, outcomes, featureNames, lastEventTime, type OutcomeDefinition, type CohortRow } from './cohort.ts';
export { cohortDataset, type CohortSummary } from './cohort-store.ts';
