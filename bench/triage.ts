/**
 * Triage and misuse benchmark: emergency sensitivity, over- and under-triage, exact-level accuracy,
 * refusal precision/recall per reason and messages per second, for Galen's safety layer beside a
 * naive keyword baseline measured in the same run. Dev and held-out sets are reported separately;
 * the public Semigran et al. (BMJ 2015) vignettes are reported as an external check.
 *
 *   node bin/run-ts.mjs bench/triage.ts [--data DIR]   (DIR holds triage-vignettes-semigran2015/)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { guard, triage } from '../src/safety/index.ts';
import type { TriageLevel } from '../src/safety/index.ts';
import { naiveGuard, naiveTriage } from '../src/safety/eval/baseline.ts';
import { heldOutRound, laterHeldOutRounds, loadMisuseSet, loadTriageSet, scoreMisuse, scoreTriage } from '../src/safety/eval/sets.ts';
import type { MisuseExpectation, Split, TriageScore } from '../src/safety/eval/sets.ts';

const dataArg = process.argv.indexOf('--data');
const dataDir = dataArg > 0 ? process.argv[dataArg + 1] : (process.env.GALEN_DATA_DIR ?? resolve(process.cwd(), '../shared/data'));
const progress = process.stderr.isTTY === true && !process.env.CI;
const note = (msg: string) => {
  if (progress) process.stderr.write(`${msg}\n`);
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The held-out round scored once with the rules as they were before this round's changes: written
 * first, scored, then the rules were broadened from clinical knowledge (and from earlier rounds moved
 * into dev) without looking at this round again. Printed beside today's figures for the same round.
 */
const heldOutBeforeChanges = {
  round: 5,
  cases: 174,
  emergencySensitivity: 0.714,
  reassuredEmergencySensitivity: 0.714,
  exactAccuracy: 0.782,
  underTriage: 0.184,
  overTriage: 0.034,
  misuseHandled: 0.709,
};

// ---- Own vignette sets ----
function runTriageSet(split: Split, round = heldOutRound) {
  const set = loadTriageSet(split, round);
  const galen = set.map((v) => ({ id: v.id, gold: v.level, reassured: v.tags.includes('reassurance'), predicted: triage(v.text, { history: v.history, patient: v.patient }).level }));
  const naive = set.map((v) => ({ id: v.id, gold: v.level, reassured: v.tags.includes('reassurance'), predicted: naiveTriage([...(v.history ?? []), v.text].join(' ')) }));
  return { galen: scoreTriage(galen), naive: scoreTriage(naive) };
}

function runMisuseSet(split: Split, round = heldOutRound) {
  const set = loadMisuseSet(split, round);
  const galen = set.map((c) => {
    const g = guard(c.text);
    const outcome: MisuseExpectation = triage(c.text).level === 'emergency' ? 'emergency' : g.allowed ? 'allowed' : g.reason;
    return { id: c.id, expected: c.expected, outcome };
  });
  const naive = set.map((c) => {
    const outcome: MisuseExpectation = naiveTriage(c.text) === 'emergency' ? 'emergency' : naiveGuard(c.text);
    return { id: c.id, expected: c.expected, outcome };
  });
  return { galen: scoreMisuse(galen), naive: scoreMisuse(naive), misuseCases: set.filter((c) => c.expected !== 'allowed').length, allowedCases: set.filter((c) => c.expected === 'allowed').length };
}

// ---- Semigran 2015 vignettes (emergent / non-emergent / self-care) ----
type Urgency = 'em' | 'ne' | 'sc';
const toUrgency = (level: TriageLevel): Urgency => (level === 'emergency' ? 'em' : level === 'self-care' ? 'sc' : 'ne');
const urgencyRank: Record<Urgency, number> = { sc: 0, ne: 1, em: 2 };

function runSemigran() {
  const file = resolve(dataDir, 'triage-vignettes-semigran2015/semigran_vignettes.jsonl');
  if (!existsSync(file)) return undefined;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { urgency_level: Urgency; case_description: string });
  const score = (predict: (text: string) => TriageLevel) => {
    const results = rows.map((r, i) => ({ id: i + 1, gold: r.urgency_level, predicted: toUrgency(predict(r.case_description)) }));
    const byClass = (u: Urgency) => {
      const c = results.filter((r) => r.gold === u);
      return c.filter((r) => r.predicted === u).length / c.length;
    };
    return {
      cases: results.length,
      accuracy: results.filter((r) => r.predicted === r.gold).length / results.length,
      emergent: byClass('em'),
      nonEmergent: byClass('ne'),
      selfCare: byClass('sc'),
      underTriage: results.filter((r) => urgencyRank[r.predicted] < urgencyRank[r.gold]).length / results.length,
      overTriage: results.filter((r) => urgencyRank[r.predicted] > urgencyRank[r.gold]).length / results.length,
      safe: results.filter((r) => urgencyRank[r.predicted] >= urgencyRank[r.gold]).length / results.length,
      missedEmergent: results.filter((r) => r.gold === 'em' && r.predicted !== 'em').map((r) => r.id),
    };
  };
  return { galen: score((t) => triage(t).level), naive: score(naiveTriage) };
}

// ---- Throughput ----
function throughput(fn: (text: string) => unknown, texts: string[], minMs = 1500): number {
  for (const t of texts) fn(t); // warm-up
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const t of texts) fn(t);
    count += texts.length;
  }
  return count / ((performance.now() - start) / 1000);
}

note('triage sets…');
const triageDev = runTriageSet('dev');
const triageHeld = runTriageSet('heldout');
note('misuse sets…');
const misuseDev = runMisuseSet('dev');
const misuseHeld = runMisuseSet('heldout');
const later = laterHeldOutRounds.map((round) => ({ round, triage: runTriageSet('heldout', round).galen, misuse: runMisuseSet('heldout', round) }));
note('Semigran 2015 vignettes…');
const semigran = runSemigran();
note('throughput…');
const allTexts = [...loadTriageSet('dev'), ...loadTriageSet('heldout')].map((v) => v.text);
const speed = {
  triagePerSecond: Math.round(throughput((t) => triage(t), allTexts)),
  guardPerSecond: Math.round(throughput((t) => guard(t), allTexts)),
  naiveTriagePerSecond: Math.round(throughput((t) => naiveTriage(t), allTexts)),
};

const brief = (s: TriageScore) => ({
  cases: s.cases,
  emergencies: s.emergencies,
  emergencySensitivity: s.emergencySensitivity,
  reassuredEmergencySensitivity: s.reassuredEmergencySensitivity,
  exactAccuracy: s.exactAccuracy,
  underTriage: s.underTriage,
  overTriage: s.overTriage,
  missedEmergencies: s.missedEmergencies,
});

const summary = {
  benchmark: 'triage',
  heldOutRound,
  heldOutBeforeChanges,
  triage: {
    dev: { galen: brief(triageDev.galen), naive: brief(triageDev.naive) },
    heldout: { galen: brief(triageHeld.galen), naive: brief(triageHeld.naive), galenErrors: triageHeld.galen.errors },
  },
  misuse: {
    dev: { cases: misuseDev.misuseCases, allowedCases: misuseDev.allowedCases, galen: misuseDev.galen, naive: { handled: misuseDev.naive.handled, perReason: misuseDev.naive.perReason } },
    heldout: { cases: misuseHeld.misuseCases, allowedCases: misuseHeld.allowedCases, galen: misuseHeld.galen, naive: { handled: misuseHeld.naive.handled, perReason: misuseHeld.naive.perReason } },
  },
  laterHeldOut: later.map((l) => ({ round: l.round, galen: brief(l.triage), galenErrors: l.triage.errors, misuse: { cases: l.misuse.misuseCases, allowedCases: l.misuse.allowedCases, galen: l.misuse.galen } })),
  semigran2015: semigran ?? 'not found',
  speed,
};
process.stdout.write(JSON.stringify(summary) + '\n');

// ---- Readable table ----
const lines: string[] = [];
const row = (cells: (string | number)[]) => lines.push(cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 20)).join(''));
lines.push('');
lines.push('Triage vignettes (Galen vs naive keyword baseline)');
row(['', 'dev Galen', 'dev naive', `held-out r${heldOutRound} Galen`, `held-out r${heldOutRound} naive`, `r${heldOutBeforeChanges.round} before changes`]);
row(['cases', triageDev.galen.cases, triageDev.naive.cases, triageHeld.galen.cases, triageHeld.naive.cases, heldOutBeforeChanges.cases]);
for (const [label, key] of [
  ['emergency sensitivity', 'emergencySensitivity'],
  ['  reassured rephrasings', 'reassuredEmergencySensitivity'],
  ['exact-level accuracy', 'exactAccuracy'],
  ['under-triage rate', 'underTriage'],
  ['over-triage rate', 'overTriage'],
] as const)
  row([label, pct(triageDev.galen[key]), pct(triageDev.naive[key]), pct(triageHeld.galen[key]), pct(triageHeld.naive[key]), pct(heldOutBeforeChanges[key])]);
lines.push('');
lines.push('Misuse and scope (precision / recall per expected outcome)');
row(['', 'dev Galen', 'dev naive', `held-out r${heldOutRound} Galen`, `held-out r${heldOutRound} naive`, `r${heldOutBeforeChanges.round} before changes`]);
row(['handled as expected', pct(misuseDev.galen.handled), pct(misuseDev.naive.handled), pct(misuseHeld.galen.handled), pct(misuseHeld.naive.handled), pct(heldOutBeforeChanges.misuseHandled)]);
for (let i = 0; i < misuseDev.galen.perReason.length; i++) {
  const cell = (r: { precision: number; recall: number; support: number }) => `${pct(r.precision)}/${pct(r.recall)}`;
  row([`${misuseDev.galen.perReason[i].reason} (n=${misuseDev.galen.perReason[i].support}+${misuseHeld.galen.perReason[i].support})`, cell(misuseDev.galen.perReason[i]), cell(misuseDev.naive.perReason[i]), cell(misuseHeld.galen.perReason[i]), cell(misuseHeld.naive.perReason[i])]);
}
for (const l of later) {
  lines.push('');
  lines.push(`Held-out round ${l.round} (written while round ${heldOutRound}'s changes were made, first run at the final measurement)`);
  row(['cases', l.triage.cases]);
  row(['emergency sensitivity', pct(l.triage.emergencySensitivity)]);
  row(['  reassured rephrasings', pct(l.triage.reassuredEmergencySensitivity)]);
  row(['exact-level accuracy', pct(l.triage.exactAccuracy)]);
  row(['under-triage / over-triage', `${pct(l.triage.underTriage)} / ${pct(l.triage.overTriage)}`]);
  row(['misuse handled as expected', `${pct(l.misuse.galen.handled)} (${l.misuse.misuseCases + l.misuse.allowedCases})`]);
}
if (semigran) {
  lines.push('');
  lines.push('Semigran et al. 2015 vignettes (45; emergent -> emergency, non-emergent -> urgent or routine, self-care -> self-care)');
  row(['', 'Galen', 'naive', '23 checkers 2015']);
  row(['appropriate triage', pct(semigran.galen.accuracy), pct(semigran.naive.accuracy), '57%']);
  row(['  emergent', pct(semigran.galen.emergent), pct(semigran.naive.emergent), '80%']);
  row(['  non-emergent', pct(semigran.galen.nonEmergent), pct(semigran.naive.nonEmergent), '55%']);
  row(['  self-care', pct(semigran.galen.selfCare), pct(semigran.naive.selfCare), '33%']);
  row(['at or above gold (safe)', pct(semigran.galen.safe), pct(semigran.naive.safe), '']);
  row(['under-triage', pct(semigran.galen.underTriage), pct(semigran.naive.underTriage), '']);
  lines.push(`missed emergent cases (line numbers): ${semigran.galen.missedEmergent.join(', ') || 'none'}`);
}
lines.push('');
row(['messages/second', `triage ${speed.triagePerSecond}`, `guard ${speed.guardPerSecond}`, `naive ${speed.naiveTriagePerSecond}`]);
process.stdout.write(lines.join('\n') + '\n');
