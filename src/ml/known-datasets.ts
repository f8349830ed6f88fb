import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GalenError } from '../errors/index.ts';
import { parseCsv } from './csv.ts';
import { datasetFromCsv, type ColumnMapping, type Dataset } from './dataset.ts';

/** Reads a CSV file and builds a dataset with the mapping. */
export function loadCsvDataset(path: string, mapping: ColumnMapping): Dataset {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GalenError('not_found', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  return datasetFromCsv(parseCsv(text), mapping);
}

export interface KnownDataset {
  file: string;
  description: string;
  mapping: ColumnMapping;
}

/**
 * Column mappings for the public datasets Galen is measured on (paths relative to the shared data
 * folder). The dropped columns and the reasons are part of each model card.
 */
export const knownDatasets: Record<'cleveland' | 'pancreatic', KnownDataset> = {
  cleveland: {
    file: 'uci-heart-disease/heart_disease_all_sites.csv',
    description: 'UCI Heart Disease, Cleveland Clinic site (Detrano et al. 1989): 303 patients referred for coronary angiography; outcome: angiographic disease (num 1-4) versus none (num 0).',
    mapping: {
      name: 'uci-cleveland',
      target: 'num',
      positive: '>0',
      where: { site: 'cleveland' },
      drop: [{ column: 'target_binary', reason: 'a copy of the outcome (num > 0)' }],
      categorical: ['cp', 'restecg', 'slope', 'thal'],
      sex: { column: 'sex', labels: { '1': 'male', '0': 'female' } },
      age: 'age',
    },
  },
  pancreatic: {
    file: 'pancreatic-urinary-biomarkers-debernardi2020/Debernardi_et_al_2020_data.csv',
    description: 'Urinary biomarkers for pancreatic cancer (Debernardi et al., PLOS Med 2020): 590 urine samples; outcome: pancreatic ductal adenocarcinoma (diagnosis 3) versus healthy controls and benign hepatobiliary disease.',
    mapping: {
      name: 'debernardi2020-pdac',
      target: 'diagnosis',
      positive: '3',
      drop: [
        { column: 'sample_id', reason: 'identifier' },
        { column: 'stage', reason: 'recorded only for cancers, so it reveals the outcome' },
        { column: 'benign_sample_diagnosis', reason: 'recorded only for benign disease, so it reveals the outcome' },
        { column: 'sample_origin', reason: 'collecting centre: every control came from one centre and one centre sent only benign samples, so it encodes how cases were recruited, not the patient' },
        { column: 'patient_cohort', reason: 'study batch with a different case mix (49% cancers in cohort 1, 14% in cohort 2): a recruitment artefact' },
        { column: 'plasma_CA19_9', reason: 'measured in a subset chosen by the study (75% of cancers, 50% of controls), so whether it is present predicts the outcome; the model is the urinary panel' },
        { column: 'REG1A', reason: 'measured in a subset chosen by the study (70% of cancers, 43% of controls); REG1B carries the same pathway' },
      ],
      sex: { column: 'sex' },
      age: 'age',
    },
  },
};

/** Loads a known dataset from the shared data folder. */
export function loadKnownDataset(name: keyof typeof knownDatasets, dataDir: string): Dataset {
  const known = knownDatasets[name];
  return loadCsvDataset(join(dataDir, known.file), known.mapping);
}
