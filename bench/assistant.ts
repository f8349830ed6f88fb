/**
 * bench:assistant — the patient assistant end to end, on a demo institution with the starter
 * knowledge approved:
 *  - triage through the assistant on the vignette sets (dev and held-out separately), each emergency
 *    also with its reassured rephrasing;
 *  - misuse set: refusal reasons, hidden self-harm, ordinary questions still answered;
 *  - grounding on the patient question set: share of answer sentences carrying a citation and
 *    supported by it, share of questions answered rather than declined;
 *  - reading grade of answers (Flesch-Kincaid): median and maximum;
 *  - latency over HTTP with 20 concurrent clients on loopback (bounded), beside GET /api/auth/me at
 *    the same concurrency (the server's own ceiling) measured in the same run.
 *
 *   npm run bench:assistant [-- --requests 400] [--split dev]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import type { AssistantAnswer } from '../src/assistant/index.ts';
import { fleschKincaidGrade } from '../src/knowledge/index.ts';
import { hasHeldOutRound, loadMisuseSet, loadTriageSet, scoreTriage, heldOutRound } from '../src/safety/eval/sets.ts';
import { startDemoServer } from '../src/server/testing.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '400' }, concurrency: { type: 'string', default: '20' }, split: { type: 'string', default: 'all' } } });
// `--split dev` never opens a held-out file (for work on the rules); by default the held-out round is
// scored when its files are complete.
const splits = values.split === 'dev' || !hasHeldOutRound() ? (['dev'] as const) : (['dev', 'heldout'] as const);
const tty = process.stderr.isTTY && !process.env.CI;
const note = (s: string) => tty && process.stderr.write(`\r${s}   `);

const server = await startDemoServer({ patients: 5, webRoot: '/nonexistent' });
try {
  const { credentials } = server;
  const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ institution: credentials.institution, email: credentials.patients[0]!.email, password: credentials.patients[0]!.password }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const ask = async (message: string): Promise<AssistantAnswer> => {
    const res = await fetch(`${server.url}/api/assistant/ask`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ message }) });
    if (!res.ok) throw new Error(`ask answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as AssistantAnswer;
  };

  // Triage through the assistant.
  const triage: Record<string, ReturnType<typeof scoreTriage>> = {};
  for (const split of splits) {
    const cases = [];
    for (const [i, v] of loadTriageSet(split).entries()) {
      if (v.history?.length || v.patient) continue; // conversation and record context are covered by bench:triage
      const answer = await ask(v.text);
      cases.push({ id: v.id, gold: v.level, predicted: answer.triage.level, reassured: !!v.variantOf });
      note(`triage ${split} ${i + 1}`);
    }
    triage[split] = scoreTriage(cases);
  }

  // Misuse: refusals, hidden self-harm, ordinary questions.
  const misuse: Record<string, { cases: number; handled: number; ordinaryAnswered: string }> = {};
  for (const split of splits) {
    let handled = 0;
    let ordinary = 0;
    let ordinaryOk = 0;
    const set = loadMisuseSet(split);
    for (const c of set) {
      const a = await ask(c.text);
      const ok = c.expected === 'allowed' ? !a.refused && a.triage.level !== 'emergency' : c.expected === 'emergency' ? a.triage.level === 'emergency' : a.refused?.reason === c.expected;
      if (ok) handled++;
      if (c.expected === 'allowed') {
        ordinary++;
        if (ok) ordinaryOk++;
      }
    }
    misuse[split] = { cases: set.length, handled: +(handled / set.length).toFixed(3), ordinaryAnswered: `${ordinaryOk}/${ordinary}` };
  }

  // Grounding and reading grade on the patient question set.
  const questions = readFileSync(new URL('./retrieval-questions/questions.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; query: string });
  let sentences = 0;
  let cited = 0;
  let answered = 0;
  let emergencies = 0;
  const grades: number[] = [];
  for (const [i, q] of questions.slice(0, 150).entries()) {
    const a = await ask(q.query);
    if (a.triage.level === 'emergency') {
      emergencies++;
      continue;
    }
    if (a.sentences.length > 0) {
      answered++;
      grades.push(fleschKincaidGrade(a.sentences.map((s) => s.text).join(' ')));
    }
    for (const s of a.sentences) {
      sentences++;
      if (s.citations.length > 0 && s.citations.every((n) => a.citations.some((c) => c.n === n))) cited++;
    }
    note(`grounding ${i + 1}/150`);
  }
  grades.sort((a, b) => a - b);

  // Latency with concurrent clients, beside the server's own ceiling. The server runs in its own
  // process (as in production), on the same database, so the client loop does not share its thread.
  const port = 3900 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, ['bin/galen.mjs', 'serve', '--db', server.dbPath, '--port', String(port)], { cwd: new URL('..', import.meta.url).pathname, stdio: 'ignore' });
  const childUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${childUrl}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const childLogin = await fetch(`${childUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ institution: credentials.institution, email: credentials.patients[1]!.email, password: credentials.patients[1]!.password }) });
  const childCookie = childLogin.headers.get('set-cookie')!.split(';')[0]!;
  // Warm-up (not timed): the server process's JIT, its in-memory retrieval statistics, its caches.
  for (let i = 0; i < 40; i++) {
    await fetch(`${childUrl}/api/assistant/ask`, { method: 'POST', headers: { cookie: childCookie, 'content-type': 'application/json' }, body: JSON.stringify({ message: questions[(i * 7) % questions.length]!.query }) }).then((r) => r.arrayBuffer());
  }
  const total = Number(values.requests);
  const concurrency = Number(values.concurrency);
  async function load(request: (i: number) => Promise<Response>): Promise<{ p50: number; p95: number; perSecond: number }> {
    const times: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        const res = await request(i);
        await res.arrayBuffer();
        times.push(performance.now() - t);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return { p50: +times[Math.floor(times.length / 2)]!.toFixed(1), p95: +times[Math.floor(times.length * 0.95)]!.toFixed(1), perSecond: +(total / seconds).toFixed(1) };
  }
  let latency: Awaited<ReturnType<typeof load>>;
  let ceiling: Awaited<ReturnType<typeof load>>;
  try {
    latency = await load((i) => fetch(`${childUrl}/api/assistant/ask`, { method: 'POST', headers: { cookie: childCookie, 'content-type': 'application/json' }, body: JSON.stringify({ message: questions[i % questions.length]!.query }) }));
    ceiling = await load(() => fetch(`${childUrl}/api/auth/me`, { headers: { cookie: childCookie } }));
  } finally {
    child.kill();
  }

  const result = {
    benchmark: 'assistant',
    heldOutRound,
    triage: Object.fromEntries(Object.entries(triage).map(([k, s]) => [k, { cases: s.cases, emergencyRecall: +s.emergencySensitivity.toFixed(3), reassuredEmergencyRecall: +s.reassuredEmergencySensitivity.toFixed(3), exactAccuracy: +s.exactAccuracy.toFixed(3), underTriage: +s.underTriage.toFixed(3), overTriage: +s.overTriage.toFixed(3) }])),
    misuse,
    grounding: { questions: Math.min(150, questions.length), answerSentences: sentences, citedShare: sentences ? +(cited / sentences).toFixed(3) : null, answeredShare: +(answered / Math.min(150, questions.length)).toFixed(3), triagedAsEmergency: emergencies },
    readingGrade: { median: grades.length ? +grades[Math.floor(grades.length / 2)]!.toFixed(1) : null, max: grades.length ? +grades[grades.length - 1]!.toFixed(1) : null },
    latency: { concurrency, requests: total, ask: latency, baselineAuthMe: ceiling },
  };
  if (tty) process.stderr.write('\n');
  console.log(JSON.stringify(result));
  console.log('');
  console.log(`Triage through the assistant (held-out = round ${heldOutRound})`);
  for (const [k, s] of Object.entries(result.triage)) console.log(`  ${k.padEnd(8)} cases ${s.cases}  emergency recall ${s.emergencyRecall} (reassured ${s.reassuredEmergencyRecall})  exact ${s.exactAccuracy}  under ${s.underTriage}  over ${s.overTriage}`);
  for (const [k, m] of Object.entries(misuse)) console.log(`Misuse ${k.padEnd(8)} handled ${m.handled} of ${m.cases}; ordinary questions answered ${m.ordinaryAnswered}`);
  console.log(`Grounding: ${((result.grounding.citedShare ?? 0) * 100).toFixed(1)}% of ${sentences} answer sentences cited and supported; ${result.grounding.answeredShare} of questions answered (${emergencies} triaged as emergencies)`);
  console.log(`Reading grade of answers: median ${result.readingGrade.median}, max ${result.readingGrade.max}`);
  console.log(`Latency, ${concurrency} clients: ask p50 ${latency.p50} ms p95 ${latency.p95} ms ${latency.perSecond}/s; baseline /api/auth/me p50 ${ceiling.p50} ms p95 ${ceiling.p95} ms ${ceiling.perSecond}/s`);
} finally {
  await server.close();
}
