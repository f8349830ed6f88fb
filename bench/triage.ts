/**
 * Triage and misuse benchmark: emergency sensitivity, over- and under-triage, exact-level accuracy,
 * refusal precision/recall per reason and messages per second, for Galen's safety layer (rules plus
 * the learned safety net), the rules alone, and a naive keyword baseline, all measured in the same run. Dev and held-out sets are reported separately;
 * the public Semigran et al. (BMJ 2015) vignettes are reported as an external check.
 *
 *   node bin/run-ts.mjs bench/triage.ts [--split dev|heldout|all] [--round N] [--data DIR]
 *
 * `--split dev` scores the dev sets alone and never opens a held-out file (for work on the rules);
 * `all` (the default) adds the held-out round when its files exist. DIR holds triage-vignettes-semigran2015/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { guard, safetyNet, triage } from '../src/safety/index.ts';
import type { TriageLevel } from '../src/safety/index.ts';
import { naiveGuard, naiveTriage } from '../src/safety/eval/baseline.ts';
import { hasHeldOutRound, heldOutRound, laterHeldOutRounds, loadMisuseSet, loadTriageSet, scoreMisuse, scoreTriage } from '../src/safety/eval/sets.ts';
import type { MisuseExpectation, Split, TriageScore } from '../src/safety/eval/sets.ts';

const roundArg = process.argv.indexOf('--round');
/** The held-out round to score (default: the current one named in sets.ts). */
const round = roundArg > 0 ? Number(process.argv[roundArg + 1]) : heldOutRound;
const splitArg = process.argv.indexOf('--split');
const splitChoice = splitArg > 0 ? process.argv[splitArg + 1] : 'all';
if (splitChoice !== 'dev' && splitChoice !== 'heldout' && splitChoice !== 'all') throw new Error(`--split must be dev, heldout or all, not ${String(splitChoice)}`);
const scoreDev = splitChoice !== 'heldout';
/** Held-out files are opened only when asked for and present; a round still being written is skipped. */
const scoreHeld = splitChoice !== 'dev' && hasHeldOutRound(round);
if (splitChoice === 'heldout' && !scoreHeld) throw new Error(`held-out round ${round} is not complete (triage-heldout-${round}.jsonl and misuse-heldout-${round}.jsonl)`);
const dataArg = process.argv.indexOf('--data');
const dataDir = dataArg > 0 ? process.argv[dataArg + 1] : (process.env.GALEN_DATA_DIR ?? resolve(process.cwd(), '../shared/data'));
const progress = process.stderr.isTTY === true && !process.env.CI;
const note = (msg: string) => {
  if (progress) process.stderr.write(`${msg}\n`);
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * First-run figures of the earlier held-out rounds, each scored once on the rules of its time (the
 * rules alone, without the learned safety net), then moved into dev. Printed for context beside
 * today's run; the README gives each round's figures with the net as well.
 */
const firstRuns = [
  { round: 5, cases: 174, emergencySensitivity: 0.714, exactAccuracy: 0.782, underTriage: 0.184, overTriage: 0.034, misuseHandled: 0.709 },
  { round: 6, cases: 109, emergencySensitivity: 0.618, exactAccuracy: 0.716, underTriage: 0.275, overTriage: 0.009, misuseHandled: 0.857 },
  { round: 8, cases: 191, emergencySensitivity: 0.808, exactAccuracy: 0.717, underTriage: 0.194, overTriage: 0.089, misuseHandled: 0.652 },
  { round: 9, cases: 244, emergencySensitivity: 0.803, exactAccuracy: 0.738, underTriage: 0.184, overTriage: 0.078, misuseHandled: 0.568 },
  { round: 10, cases: 405, emergencySensitivity: 0.787, exactAccuracy: 0.711, underTriage: 0.202, overTriage: 0.086, misuseHandled: 0.733 },
  { round: 11, cases: 429, emergencySensitivity: 0.763, exactAccuracy: 0.704, underTriage: 0.245, overTriage: 0.051, misuseHandled: 0.554 },
];

// ---- Own vignette sets ----
type System = 'galen' | 'rules' | 'naive';
function runTriageSet(split: Split, heldRound = round): Record<System, TriageScore> {
  const set = loadTriageSet(split, heldRound);
  const score = (predict: (v: (typeof set)[number]) => TriageLevel) =>
    scoreTriage(set.map((v) => ({ id: v.id, gold: v.level, reassured: v.tags.includes('reassurance'), predicted: predict(v) })));
  return {
    galen: score((v) => triage(v.text, { history: v.history, patient: v.patient }).level),
    rules: score((v) => triage(v.text, { history: v.history, patient: v.patient, rulesOnly: true }).level),
    naive: score((v) => naiveTriage([...(v.history ?? []), v.text].join(' '))),
  };
}

function runMisuseSet(split: Split, heldRound = round) {
  const set = loadMisuseSet(split, heldRound);
  const outcomeOf = (text: string, rulesOnly: boolean): MisuseExpectation => {
    if (triage(text, { rulesOnly }).level === 'emergency') return 'emergency';
    const g = guard(text, { rulesOnly });
    return g.allowed ? 'allowed' : g.reason;
  };
  const galen = set.map((c) => ({ id: c.id, expected: c.expected, outcome: outcomeOf(c.text, false) }));
  const rules = set.map((c) => ({ id: c.id, expected: c.expected, outcome: outcomeOf(c.text, true) }));
  const naive = set.map((c) => {
    const outcome: MisuseExpectation = naiveTriage(c.text) === 'emergency' ? 'emergency' : naiveGuard(c.text);
    return { id: c.id, expected: c.expected, outcome };
  });
  return {
    galen: scoreMisuse(galen),
    rules: scoreMisuse(rules),
    naive: scoreMisuse(naive),
    misuseCases: set.filter((c) => c.expected !== 'allowed').length,
    allowedCases: set.filter((c) => c.expected === 'allowed').length,
  };
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
const triageDev = scoreDev ? runTriageSet('dev') : undefined;
const triageHeld = scoreHeld ? runTriageSet('heldout') : undefined;
note('misuse sets…');
const misuseDev = scoreDev ? runMisuseSet('dev') : undefined;
const misuseHeld = scoreHeld ? runMisuseSet('heldout') : undefined;
const later = scoreHeld ? laterHeldOutRounds.filter((r) => hasHeldOutRound(r)).map((r) => ({ round: r, triage: runTriageSet('heldout', r), misuse: runMisuseSet('heldout', r) })) : [];
note('Semigran 2015 vignettes…');
const semigran = runSemigran();
note('throughput…');
const allTexts = [...(scoreDev ? loadTriageSet('dev') : []), ...(scoreHeld ? loadTriageSet('heldout', round) : [])].map((v) => v.text);
const speed = {
  triagePerSecond: Math.round(throughput((t) => triage(t), allTexts)),
  rulesOnlyTriagePerSecond: Math.round(throughput((t) => triage(t, { rulesOnly: true }), allTexts)),
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
type MisuseRun = ReturnType<typeof runMisuseSet>;
const misuseSummary = (m: MisuseRun) => ({
  cases: m.misuseCases,
  allowedCases: m.allowedCases,
  galen: m.galen,
  rulesOnly: { handled: m.rules.handled, perReason: m.rules.perReason },
  naive: { handled: m.naive.handled, perReason: m.naive.perReason },
});

const net = safetyNet();
const summary = {
  benchmark: 'triage',
  split: splitChoice,
  heldOutRound: round,
  heldOutScored: scoreHeld,
  safetyNet: { source: net.source, thresholds: Object.fromEntries(Object.entries(net.heads).map(([k, h]) => [k, h.threshold])) },
  firstRuns,
  triage: {
    dev: triageDev && { galen: brief(triageDev.galen), rulesOnly: brief(triageDev.rules), naive: brief(triageDev.naive), galenErrors: triageDev.galen.errors },
    heldout: triageHeld && { galen: brief(triageHeld.galen), rulesOnly: brief(triageHeld.rules), naive: brief(triageHeld.naive), galenErrors: triageHeld.galen.errors },
  },
  misuse: { dev: misuseDev && misuseSummary(misuseDev), heldout: misuseHeld && misuseSummary(misuseHeld) },
  laterHeldOut: later.map((l) => ({ round: l.round, galen: brief(l.triage.galen), rulesOnly: brief(l.triage.rules), galenErrors: l.triage.galen.errors, misuse: { cases: l.misuse.misuseCases, allowedCases: l.misuse.allowedCases, galen: l.misuse.galen } })),
  semigran2015: semigran ?? 'not found',
  speed,
};
process.stdout.write(JSON.stringify(summary) + '\n');

// ---- Readable table ----
const lines: string[] = [];
const row = (cells: (string | number)[]) => lines.push(cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 20)).join(''));
/** The columns of the run: dev rules and Galen, then the held-out round's rules, Galen and naive baseline. */
interface Column<T> {
  head: string;
  value: T;
}
function columns<T>(dev: Record<System, T> | undefined, held: Record<System, T> | undefined): Column<T>[] {
  const cols: Column<T>[] = [];
  if (dev) cols.push({ head: 'dev rules', value: dev.rules }, { head: 'dev Galen', value: dev.galen });
  if (held) cols.push({ head: `r${round} rules`, value: held.rules }, { head: `r${round} Galen`, value: held.galen }, { head: `r${round} naive`, value: held.naive });
  else if (dev) cols.push({ head: 'dev naive', value: dev.naive });
  return cols;
}
lines.push('');
if (!scoreHeld) lines.push(splitChoice === 'dev' ? 'Dev split only (held-out files not opened).' : `Held-out round ${round} is not complete yet; dev only.`);
lines.push('Triage vignettes: rules alone, rules + learned safety net (Galen), naive keyword baseline');
const triageCols = columns(triageDev, triageHeld);
row(['', ...triageCols.map((c) => c.head)]);
row(['cases', ...triageCols.map((c) => c.value.cases)]);
for (const [label, key] of [
  ['emergency sensitivity', 'emergencySensitivity'],
  ['  reassured rephrasings', 'reassuredEmergencySensitivity'],
  ['exact-level accuracy', 'exactAccuracy'],
  ['under-triage rate', 'underTriage'],
  ['over-triage rate', 'overTriage'],
] as const)
  row([label, ...triageCols.map((c) => pct(c.value[key]))]);
lines.push('');
lines.push('Misuse and scope (precision / recall per expected outcome)');
const misuseCols = columns(
  misuseDev && { galen: misuseDev.galen, rules: misuseDev.rules, naive: misuseDev.naive },
  misuseHeld && { galen: misuseHeld.galen, rules: misuseHeld.rules, naive: misuseHeld.naive },
);
row(['', ...misuseCols.map((c) => c.head)]);
row(['handled as expected', ...misuseCols.map((c) => pct(c.value.handled))]);
const reasonRows = (misuseDev ?? misuseHeld)?.galen.perReason ?? [];
for (let i = 0; i < reasonRows.length; i++) {
  const cell = (r: { precision: number; recall: number }) => `${pct(r.precision)}/${pct(r.recall)}`;
  const support = [misuseDev, misuseHeld].filter((m): m is MisuseRun => m !== undefined).map((m) => m.galen.perReason[i].support).join('+');
  row([`${reasonRows[i].reason} (n=${support})`, ...misuseCols.map((c) => cell(c.value.perReason[i]))]);
}
lines.push('');
lines.push('Earlier held-out rounds, first run (rules of their time, no safety net; now part of dev)');
row(['', 'cases', 'emergency sens.', 'exact level', 'under / over', 'misuse handled']);
for (const r of firstRuns) row([`round ${r.round}`, r.cases, pct(r.emergencySensitivity), pct(r.exactAccuracy), `${pct(r.underTriage)} / ${pct(r.overTriage)}`, pct(r.misuseHandled)]);
for (const l of later) {
  lines.push('');
  lines.push(`Later held-out round ${l.round} (first run at the final measurement)`);
  row(['', 'rules', 'Galen']);
  row(['cases', l.triage.rules.cases, l.triage.galen.cases]);
  row(['emergency sensitivity', pct(l.triage.rules.emergencySensitivity), pct(l.triage.galen.emergencySensitivity)]);
  row(['exact-level accuracy', pct(l.triage.rules.exactAccuracy), pct(l.triage.galen.exactAccuracy)]);
  row(['misuse handled as expected', pct(l.misuse.rules.handled), pct(l.misuse.galen.handled)]);
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
row(['messages/second', `triage ${speed.triagePerSecond}`, `rules only ${speed.rulesOnlyTriagePerSecond}`, `guard ${speed.guardPerSecond}`, `naive ${speed.naiveTriagePerSecond}`]);
lines.push(`safety net: ${net.source}; thresholds ${Object.entries(net.heads).map(([k, h]) => `${k} ${h.threshold}`).join(', ')}`);
process.stdout.write(lines.join('\n') + '\n');
