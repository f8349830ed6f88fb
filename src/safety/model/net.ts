/**
 * The learned safety net's trained weights (triage-net.json, written by bench/train-triage-model.ts)
 * and their scoring. Three logistic heads share one hashed feature space: `emergency` (wording
 * that resembles emergency descriptions), `selfHarm` (suicidal or self-harm wording, also hidden
 * inside another question) and `otherPerson` (a request for someone else's record).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GalenError } from '../../errors/index.ts';
import { readFindings } from '../findings.ts';
import type { Findings } from '../findings.ts';
import type { PatientFacts } from '../types.ts';
import { findingFacts } from './facts.ts';
import { featurize } from './features.ts';
import type { SparseRow } from './features.ts';
import { scoreRow } from './train.ts';
import type { TrainOptions } from './train.ts';

export type HeadName = 'emergency' | 'selfHarm' | 'otherPerson';

export interface StoredHead {
  bias: number;
  /** Weights are stored as int16 times this scale. */
  scale: number;
  threshold: number;
  thresholdRule: string;
  crossValidated: { folds: number; positives: number; recall: number; falsePositiveRate: number };
  /** Base64 of int16 weights, one per active bucket in bucket order. */
  weights: string;
}

export interface StoredModel {
  format: 'galen-triage-net/1';
  description: string;
  trainingSet: string;
  /** Date of training, YYYY-MM-DD. */
  trainedOn: string;
  buckets: number;
  options: TrainOptions;
  /** Base64 bitmap of the buckets that carry a weight. */
  active: string;
  heads: Record<HeadName, StoredHead>;
}

export interface LoadedHead {
  bias: number;
  threshold: number;
  weights: Float32Array;
}

export interface SafetyNet {
  model: StoredModel;
  heads: Record<HeadName, LoadedHead>;
  /** Where the model's judgement comes from, shown in triage reasons. */
  source: string;
}

export type NetScores = Record<HeadName, number>;

/** A stored model made ready for scoring (also used for models trained on part of dev, in cross-validation). */
export function decodeModel(model: StoredModel): SafetyNet {
  if (model.format !== 'galen-triage-net/1') throw new GalenError('invalid_input', `unknown safety-net model format ${String(model.format)}`);
  const bitmap = Buffer.from(model.active, 'base64');
  const active: number[] = [];
  for (let j = 0; j < model.buckets; j++) if (bitmap[j >> 3] & (1 << (j & 7))) active.push(j);
  const load = (h: StoredHead): LoadedHead => {
    const raw = Buffer.from(h.weights, 'base64');
    const q = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
    if (q.length !== active.length) throw new GalenError('invalid_input', 'safety-net weights do not match their bucket map');
    const weights = new Float32Array(model.buckets);
    active.forEach((j, k) => {
      weights[j] = q[k] * h.scale;
    });
    return { bias: h.bias, threshold: h.threshold, weights };
  };
  return {
    model,
    heads: { emergency: load(model.heads.emergency), selfHarm: load(model.heads.selfHarm), otherPerson: load(model.heads.otherPerson) },
    source: `Galen triage text model, trained on ${model.trainingSet} (${model.trainedOn})`,
  };
}

let loaded: SafetyNet | undefined;

/** The shipped model, read once. */
export function safetyNet(): SafetyNet {
  if (!loaded) {
    const path = fileURLToPath(new URL('./triage-net.json', import.meta.url));
    // Int16Array over a Buffer needs 2-byte alignment; Buffer.from(base64) gives a fresh, aligned buffer per call.
    loaded = decodeModel(JSON.parse(readFileSync(path, 'utf8')) as StoredModel);
  }
  return loaded;
}

/** The feature row of a message as the net sees it (used for training). */
export function netRow(text: string, patient?: PatientFacts): SparseRow {
  const findings = readFindings(text, patient);
  return featurize(text, findings.mentions, findingFacts(findings));
}

/** Scores of a text; `findings` is the rules' reading of the same text (concepts, numbers, record). */
export function netScores(text: string, findings: Findings, net: SafetyNet = safetyNet()): NetScores {
  const row = featurize(text, findings.mentions, findingFacts(findings));
  return {
    emergency: scoreRow(net.heads.emergency, row),
    selfHarm: scoreRow(net.heads.selfHarm, row),
    otherPerson: scoreRow(net.heads.otherPerson, row),
  };
}
