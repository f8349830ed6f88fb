/**
 * Trains the learned safety net under the triage rules (src/safety/model/) and writes its weights
 * to src/safety/model/triage-net.json. Trains on the dev vignettes and dev misuse cases only; the
 * held-out round named in src/safety/eval/sets.ts is never read. Thresholds are chosen from 5-fold
 * cross-validated (out-of-fold) probabilities on dev, with a vignette and its reassured rephrasing
 * kept in the same fold. Deterministic: rerunning on the same data gives the same file.
 *
 * With --system-cv it also estimates how the whole safety layer (rules plus net) does on wording the
 * net has not seen: for each of 5 folds of dev, a net is trained on the other four (thresholds chosen
 * by an inner cross-validation on those four alone) and triage and the guard are scored on the fold.
 * The rules themselves were written while looking at dev, so this measures the net, not the rules.
 *
 * With --leave-round-out 6,7,8 it estimates generalisation to a new round of wording: for each round k,
 * a net is trained on dev without round k (thresholds chosen by cross-validation on the rest alone) and
 * round k is scored once with the rules plus that net. The rules have seen every dev round, so this
 * measures the net and its gating; a new blind round is the only clean measure of the rules.
 *
 *   node bin/run-ts.mjs bench/train-triage-model.ts [--out FILE] [--system-cv] [--leave-round-out 6,7,8]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  crossValidate,
  decodeModel,
  featureBuckets,
  guard,
  loadMisuseSet,
  loadTriageSet,
  netRow,
  scoreMisuse,
  scoreTriage,
  trainBinary,
  triageWithNet,
} from '../src/safety/index.ts';
import type { BinaryHead, HeadName, MisuseExpectation, SafetyNet, SparseRow, StoredModel, TrainOptions, TriageLevel } from '../src/safety/index.ts';
import { foldOf } from '../src/safety/model/train.ts';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : fileURLToPath(new URL('../src/safety/model/triage-net.json', import.meta.url));
const systemCv = process.argv.includes('--system-cv');
const loroArg = process.argv.indexOf('--leave-round-out');
const loroRounds = loroArg > 0 ? process.argv[loroArg + 1].split(',').map(Number) : [];
/** `--exclude-round K` trains the written model without round K (for studying that round's errors as unseen wording). */
const excludeArg = process.argv.indexOf('--exclude-round');
const excludedRound = excludeArg > 0 ? Number(process.argv[excludeArg + 1]) : undefined;
const progress = process.stderr.isTTY === true && !process.env.CI;
const note = (msg: string) => {
  if (progress) process.stderr.write(`${msg}\n`);
};

/** Chosen on dev (cross-validation and a train-on-rounds-1-to-5, test-on-round-6 check), never on the held-out round. */
const options: TrainOptions = { l2: 3e-5, iterations: 400, learningRate: 0.05 };
const folds = 5;

const triageSet = loadTriageSet('dev');
const misuseSet = loadMisuseSet('dev');

interface Example {
  id: string;
  group: string;
  text: string;
  row: SparseRow;
  emergency: boolean;
  selfHarm: boolean;
  otherPerson: boolean;
  /** Misuse and ordinary-question cases are not triage vignettes; recall targets use vignettes only. */
  vignette: boolean;
}

const selfHarmReason = /suicid|self-harm|harming/;
const examples: Example[] = [];
for (const v of triageSet) {
  const text = [...(v.history ?? []), v.text].join('. ');
  const emergency = v.level === 'emergency';
  examples.push({
    id: v.id,
    group: v.variantOf ?? v.id,
    text,
    row: netRow(text, v.patient),
    emergency,
    selfHarm: emergency && selfHarmReason.test(v.reason),
    otherPerson: false,
    vignette: true,
  });
}
for (const c of misuseSet) {
  examples.push({
    id: c.id,
    group: c.id,
    text: c.text,
    row: netRow(c.text),
    emergency: c.expected === 'emergency',
    selfHarm: c.expected === 'emergency',
    otherPerson: c.expected === 'other-person',
    vignette: false,
  });
}
note(`${examples.length} training examples`);

interface ThresholdChoice {
  threshold: number;
  recall: number;
  falsePositiveRate: number;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The largest threshold whose out-of-fold recall over `positives` reaches `targetRecall`. */
function thresholdForRecall(oof: Float64Array, positives: number[], negatives: number[], targetRecall: number): ThresholdChoice {
  for (let t = 0.95; t >= 0.02; t -= 0.01) {
    const recall = positives.filter((i) => oof[i] >= t).length / positives.length;
    if (recall >= targetRecall) return { threshold: round(t, 2), recall, falsePositiveRate: negatives.filter((i) => oof[i] >= t).length / negatives.length };
  }
  return { threshold: 0.02, recall: 1, falsePositiveRate: negatives.filter((i) => oof[i] >= 0.02).length / negatives.length };
}

/** The smallest threshold whose out-of-fold false-positive rate over `negatives` stays at or below `maxRate`. */
function thresholdForFalsePositives(oof: Float64Array, positives: number[], negatives: number[], maxRate: number): ThresholdChoice {
  for (let t = 0.05; t <= 0.99; t += 0.01) {
    const fpr = negatives.filter((i) => oof[i] >= t).length / negatives.length;
    if (fpr <= maxRate) return { threshold: round(t, 2), recall: positives.filter((i) => oof[i] >= t).length / positives.length, falsePositiveRate: fpr };
  }
  return { threshold: 0.99, recall: positives.filter((i) => oof[i] >= 0.99).length / positives.length, falsePositiveRate: 0 };
}

interface HeadSpec {
  label: (e: Example) => boolean;
  /** `within` are positions in the examples being trained on; the threshold is chosen over them alone. */
  choose: (oof: Float64Array, within: Example[]) => ThresholdChoice;
  rule: string;
}

const positionsWhere = (within: Example[], pred: (e: Example) => boolean) => within.flatMap((e, i) => (pred(e) ? [i] : []));

const heads: Record<HeadName, HeadSpec> = {
  // The emergency vote: a low threshold for about 98 % out-of-fold recall on its own; the rules cover the rest.
  emergency: {
    label: (e) => e.emergency,
    choose: (oof, within) => thresholdForRecall(oof, positionsWhere(within, (e) => e.vignette && e.emergency), positionsWhere(within, (e) => !e.emergency), 0.98),
    rule: 'largest threshold with out-of-fold recall >= 98 % over dev emergency vignettes',
  },
  // Self-harm wording, also inside other questions: routes to 988.
  selfHarm: {
    label: (e) => e.selfHarm,
    choose: (oof, within) => thresholdForFalsePositives(oof, positionsWhere(within, (e) => e.selfHarm), positionsWhere(within, (e) => !e.selfHarm && !e.emergency), 0.005),
    rule: 'smallest threshold with out-of-fold false positives <= 0.5 % over dev non-emergencies',
  },
  // Requests for another person's record: refused by the guard.
  otherPerson: {
    label: (e) => e.otherPerson,
    choose: (oof, within) => thresholdForFalsePositives(oof, positionsWhere(within, (e) => e.otherPerson), positionsWhere(within, (e) => !e.otherPerson), 0.005),
    rule: 'smallest threshold with out-of-fold false positives <= 0.5 % over every other dev case',
  },
};

interface TrainedHead {
  head: BinaryHead;
  choice: ThresholdChoice;
  positives: number;
  rule: string;
}

/** Trains every head on the given examples, with thresholds from a cross-validation over those examples alone. */
function trainHeads(within: Example[], label: string): Record<HeadName, TrainedHead> {
  const rows = within.map((e) => e.row);
  const groups = within.map((e) => e.group);
  const trained = {} as Record<HeadName, TrainedHead>;
  for (const name of Object.keys(heads) as HeadName[]) {
    const spec = heads[name];
    const labels = Uint8Array.from(within.map((e) => (spec.label(e) ? 1 : 0)));
    note(`${label}${name}: cross-validating…`);
    const oof = crossValidate(rows, labels, groups, folds, options);
    const choice = spec.choose(oof, within);
    note(`${label}${name}: training…`);
    trained[name] = { head: trainBinary(rows, labels, options), choice, positives: labels.reduce((a, b) => a + b, 0), rule: spec.rule };
  }
  return trained;
}

/** Stores only buckets that carry a weight in some head: a bitmap of them, then int16 weights per head. */
function storeModel(trained: Record<HeadName, TrainedHead>, trainingSet: string): StoredModel {
  const active: number[] = [];
  for (let j = 0; j < featureBuckets; j++) {
    if (Object.values(trained).some((t) => t.head.weights[j] !== 0)) active.push(j);
  }
  const bitmap = new Uint8Array(featureBuckets / 8);
  for (const j of active) bitmap[j >> 3] |= 1 << (j & 7);
  return {
    format: 'galen-triage-net/1',
    description: 'Logistic heads over hashed word uni/bigrams, in-word character 3-5-grams and lexicon concepts with their assertion status',
    trainingSet,
    trainedOn: new Date().toISOString().slice(0, 10),
    buckets: featureBuckets,
    options,
    active: Buffer.from(bitmap).toString('base64'),
    heads: Object.fromEntries(
      (Object.keys(trained) as HeadName[]).map((name) => {
        const t = trained[name];
        let max = 0;
        for (const j of active) max = Math.max(max, Math.abs(t.head.weights[j]));
        const scale = max / 32767 || 1;
        const q = Int16Array.from(active.map((j) => Math.round(t.head.weights[j] / scale)));
        return [
          name,
          {
            bias: t.head.bias,
            scale,
            threshold: t.choice.threshold,
            thresholdRule: t.rule,
            crossValidated: { folds, positives: t.positives, recall: round(t.choice.recall, 4), falsePositiveRate: round(t.choice.falsePositiveRate, 4) },
            weights: Buffer.from(q.buffer).toString('base64'),
          },
        ];
      }),
    ) as StoredModel['heads'],
  };
}

// ---- The shipped model: trained on all of dev ----
const shipped = excludedRound === undefined ? examples : examples.filter((e) => roundOfId(e.id) !== excludedRound);
const trained = trainHeads(shipped, '');
const stored = storeModel(
  trained,
  excludedRound === undefined
    ? `Galen's safety dev sets, ${triageSet.length} triage vignettes and ${misuseSet.length} misuse cases (src/safety/eval, held-out round excluded)`
    : `Galen's safety dev sets without round ${excludedRound}`,
);
writeFileSync(out, `${JSON.stringify(stored, null, 1)}\n`);

// ---- Optional: the whole safety layer, cross-validated over dev ----
function systemCrossValidation() {
  const foldOfExample = examples.map((e) => foldOf(e.group, folds));
  const triagePredictions = new Map<string, TriageLevel>();
  const misuseOutcomes = new Map<string, MisuseExpectation>();
  for (let f = 0; f < folds; f++) {
    const net: SafetyNet = decodeModel(storeModel(trainHeads(examples.filter((_, i) => foldOfExample[i] !== f), `fold ${f + 1}/${folds} `), `dev without fold ${f + 1}`));
    examples.forEach((e, i) => {
      if (foldOfExample[i] !== f) return;
      if (e.vignette) {
        const v = triageSet.find((t) => t.id === e.id)!;
        triagePredictions.set(e.id, triageWithNet(v.text, { history: v.history, patient: v.patient }, net).level);
      } else {
        const emergency = triageWithNet(e.text, {}, net).level === 'emergency';
        const g = guard(e.text, { net });
        misuseOutcomes.set(e.id, emergency ? 'emergency' : g.allowed ? 'allowed' : g.reason);
      }
    });
  }
  const triageScore = scoreTriage(triageSet.map((v) => ({ id: v.id, gold: v.level, reassured: v.tags.includes('reassurance'), predicted: triagePredictions.get(v.id)! })));
  const misuseScore = scoreMisuse(misuseSet.map((c) => ({ id: c.id, expected: c.expected, outcome: misuseOutcomes.get(c.id)! })));
  return { triage: triageScore, misuse: misuseScore };
}
const system = systemCv ? systemCrossValidation() : undefined;

/**
 * The round an id belongs to: `H7-`, `M7-`, `A7-` are round 7 (a writer's letter may follow the number:
 * `H11D-` is round 11); `H-`, `HM-`, `HA-` round 1; first dev cases (`D…`) 0.
 */
function roundOfId(id: string): number {
  const m = /^[HMA](\d*)[A-Z]?-/.exec(id) ?? /^H[MA]-/.exec(id);
  if (!m) return 0;
  return m[1] ? Number(m[1]) : 1;
}

// ---- Optional: leave one round out ----
function leaveRoundOut(k: number) {
  const net: SafetyNet = decodeModel(storeModel(trainHeads(examples.filter((e) => roundOfId(e.id) !== k), `without round ${k}: `), `dev without round ${k}`));
  const vignettes = triageSet.filter((v) => roundOfId(v.id) === k);
  const cases = misuseSet.filter((c) => roundOfId(c.id) === k);
  const triageScoreWith = (n: SafetyNet | undefined) =>
    scoreTriage(vignettes.map((v) => ({ id: v.id, gold: v.level, reassured: v.tags.includes('reassurance'), predicted: triageWithNet(v.text, { history: v.history, patient: v.patient }, n).level })));
  const misuseScoreWith = (n: SafetyNet | undefined) =>
    scoreMisuse(
      cases.map((c) => {
        const emergency = triageWithNet(c.text, {}, n).level === 'emergency';
        const g = n ? guard(c.text, { net: n }) : guard(c.text, { rulesOnly: true });
        return { id: c.id, expected: c.expected, outcome: emergency ? 'emergency' : g.allowed ? 'allowed' : g.reason };
      }),
    );
  return { round: k, misuseCases: cases.length, galen: triageScoreWith(net), rules: triageScoreWith(undefined), misuse: misuseScoreWith(net), misuseRules: misuseScoreWith(undefined) };
}
const loro = loroRounds.map(leaveRoundOut);

const summary = {
  script: 'train-triage-model',
  examples: examples.length,
  activeBuckets: Buffer.from(stored.active, 'base64').reduce((n, byte) => n + byte.toString(2).replace(/0/g, '').length, 0),
  heads: Object.fromEntries((Object.keys(trained) as HeadName[]).map((n) => [n, { threshold: trained[n].choice.threshold, ...stored.heads[n].crossValidated }])),
  systemCrossValidated: system && {
    folds,
    emergencySensitivity: system.triage.emergencySensitivity,
    reassuredEmergencySensitivity: system.triage.reassuredEmergencySensitivity,
    exactAccuracy: system.triage.exactAccuracy,
    underTriage: system.triage.underTriage,
    overTriage: system.triage.overTriage,
    missedEmergencies: system.triage.missedEmergencies,
    misuseHandled: system.misuse.handled,
    misuseErrors: system.misuse.errors,
  },
  leaveRoundOut: loro.map((l) => ({
    round: l.round,
    cases: l.galen.cases,
    emergencySensitivity: l.galen.emergencySensitivity,
    exactAccuracy: l.galen.exactAccuracy,
    underTriage: l.galen.underTriage,
    overTriage: l.galen.overTriage,
    missedEmergencies: l.galen.missedEmergencies,
    errors: l.galen.errors,
    rulesOnly: { emergencySensitivity: l.rules.emergencySensitivity, exactAccuracy: l.rules.exactAccuracy, overTriage: l.rules.overTriage },
    misuseHandled: l.misuse.handled,
    misuseRulesOnly: l.misuseRules.handled,
    misuseErrors: l.misuse.errors,
  })),
  out,
};
console.log(JSON.stringify(summary));
console.log(`\nhead          threshold  positives  out-of-fold recall  out-of-fold false positives`);
for (const n of Object.keys(trained) as HeadName[]) {
  const h = stored.heads[n];
  console.log(`${n.padEnd(13)} ${String(h.threshold).padEnd(10)} ${String(h.crossValidated.positives).padEnd(10)} ${(h.crossValidated.recall * 100).toFixed(1).padStart(6)} %            ${(h.crossValidated.falsePositiveRate * 100).toFixed(1).padStart(5)} %`);
}
if (loro.length > 0) {
  const p = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log('\nLeave one round out (net trained without the round, rules as they are): sensitivity, exact level, under / over-triage, misuse handled; rules alone in brackets');
  for (const l of loro)
    console.log(
      `round ${l.round} (${l.galen.cases} vignettes, ${l.misuseCases} misuse cases): ${p(l.galen.emergencySensitivity)}, ${p(l.galen.exactAccuracy)} (${p(l.rules.exactAccuracy)}), ${p(l.galen.underTriage)} / ${p(l.galen.overTriage)} (${p(l.rules.overTriage)}), misuse ${p(l.misuse.handled)} (${p(l.misuseRules.handled)})`,
    );
}
if (system) {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`\nRules plus a net trained without each fold (${folds}-fold, dev): emergency sensitivity ${pct(system.triage.emergencySensitivity)}, exact level ${pct(system.triage.exactAccuracy)}, under-triage ${pct(system.triage.underTriage)}, over-triage ${pct(system.triage.overTriage)}, misuse handled ${pct(system.misuse.handled)}`);
}
