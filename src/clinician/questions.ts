import type { ChartSummary, Series, SourcedItem } from './summary.ts';
import { measures, medicineClasses, type MeasureTerm } from './vocabulary.ts';

/**
 * Answers a clinician's question about one chart from the record alone: the answer cites the
 * resources it rests on, or says plainly that the record does not hold it. It never guesses.
 */
export interface ChartAnswer {
  answer: string;
  citations: string[];
  found: boolean;
  /** What the question was understood to ask (for display and tests). */
  intent: 'latest-value' | 'trend' | 'medication-class' | 'condition' | 'allergies' | 'immunization' | 'last-visit' | 'unknown';
}

const notInRecord = (intent: ChartAnswer['intent'], what: string): ChartAnswer => ({ answer: `Not in the record: ${what}.`, citations: [], found: false, intent });

function mentions(question: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`, 'i').test(question);
}

function findMeasure(question: string): MeasureTerm | undefined {
  // Prefer the longest matching name so "ldl cholesterol" beats "cholesterol".
  let best: { term: MeasureTerm; length: number } | undefined;
  for (const term of measures) for (const name of term.names) {
    if (mentions(question, name) && (!best || name.length > best.length)) best = { term, length: name.length };
  }
  return best?.term;
}

function seriesFor(summary: ChartSummary, term: MeasureTerm): Series | undefined {
  const all = [...summary.labs, ...summary.vitals].filter((s) => term.codes.includes(s.code));
  if (all.length === 0) return undefined;
  // Several codes can carry one measure; merge them into one series in date order.
  const points = all.flatMap((s) => s.points).sort((a, b) => a.date.localeCompare(b.date));
  return { ...all[0]!, name: term.label, points, latest: points[points.length - 1]! };
}

function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

function windowFrom(question: string, now: Date): { from?: Date; label?: string } {
  const q = question.toLowerCase();
  if (/\bthis year\b/.test(q)) return { from: new Date(Date.UTC(now.getUTCFullYear(), 0, 1)), label: `in ${now.getUTCFullYear()}` };
  if (/\b(last|past) year\b|\b12 months\b/.test(q)) return { from: new Date(now.getTime() - 365 * 86400000), label: 'in the past 12 months' };
  const months = /\b(?:last|past) (\d{1,2}) months\b/.exec(q);
  if (months) return { from: new Date(now.getTime() - Number(months[1]) * 30.44 * 86400000), label: `in the past ${months[1]} months` };
  return {};
}

function latestValue(summary: ChartSummary, term: MeasureTerm): ChartAnswer {
  const series = seriesFor(summary, term);
  if (!series) return notInRecord('latest-value', `no ${term.label} result`);
  const p = series.latest;
  const flag = p.flag !== 'normal' && p.flag !== 'unknown' ? ` (${p.flag})` : '';
  return { answer: `Last ${term.label}: ${p.value} ${series.unit} on ${formatDate(p.date)}${flag}.`, citations: [p.source], found: true, intent: 'latest-value' };
}

function trend(summary: ChartSummary, term: MeasureTerm, question: string, now: Date): ChartAnswer {
  const series = seriesFor(summary, term);
  if (!series) return notInRecord('trend', `no ${term.label} results`);
  const { from, label } = windowFrom(question, now);
  const points = from ? series.points.filter((p) => new Date(p.date) >= from) : series.points;
  if (points.length === 0) return notInRecord('trend', `no ${term.label} results ${label ?? ''}`.trim());
  const values = points.map((p) => `${p.value} (${formatDate(p.date)})`).join(', ');
  if (points.length === 1) return { answer: `Only one ${term.label} result ${label ?? 'on record'}: ${values} ${series.unit}.`, citations: [points[0]!.source], found: true, intent: 'trend' };
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const change = Math.round((last.value - first.value) * 100) / 100;
  const direction = change > 0 ? 'rose' : change < 0 ? 'fell' : 'stayed the same';
  return {
    answer: `${term.label} ${direction} from ${first.value} to ${last.value} ${series.unit} ${label ?? `between ${formatDate(first.date)} and ${formatDate(last.date)}`} (${points.length} results: ${values}).`,
    citations: points.map((p) => p.source),
    found: true,
    intent: 'trend',
  };
}

function medicationClass(summary: ChartSummary, question: string): ChartAnswer | undefined {
  const cls = medicineClasses.find((c) => c.names.some((n) => mentions(question, n)));
  if (!cls) return undefined;
  const matches = summary.medications.filter((m) => cls.members.test(m.text));
  if (matches.length === 0) return { answer: `No active ${cls.label} in the record's medication list.`, citations: [], found: false, intent: 'medication-class' };
  return { answer: `Yes: ${matches.map((m) => m.text).join('; ')} (active).`, citations: matches.map((m) => m.source), found: true, intent: 'medication-class' };
}

function list(items: SourcedItem[], noun: string, intent: ChartAnswer['intent']): ChartAnswer {
  if (items.length === 0) return notInRecord(intent, `no ${noun}`);
  return { answer: `${items.map((i) => `${i.text}${i.date ? ` (${formatDate(i.date)})` : ''}`).join('; ')}.`, citations: items.map((i) => i.source), found: true, intent };
}

export function answerChartQuestion(summary: ChartSummary, question: string, now = new Date()): ChartAnswer {
  const q = question.toLowerCase();
  if (/\ballerg/.test(q)) return list(summary.allergies, 'recorded allergies', 'allergies');
  const med = /\b(on|taking|take|prescribed|using)\b|\bmedication|\bmedicine/.test(q) ? medicationClass(summary, q) : undefined;
  if (med) return med;
  const term = findMeasure(q);
  if (term && /\b(trend|trending|over time|changed?|going|history of|course)\b/.test(q)) return trend(summary, term, q, now);
  if (term) return latestValue(summary, term);
  if (/\b(vaccin|immuni[sz]|shot|flu shot)/.test(q)) return list(summary.immunizations.slice(0, 10), 'immunizations', 'immunization');
  if (/\b(last|recent) (visit|encounter|appointment)\b/.test(q)) return list(summary.encounters.slice(0, 1), 'encounters', 'last-visit');
  const condition = summary.problems.find((p) => q.includes(p.text.toLowerCase().replace(/\s*\(.*\)$/, '')));
  if (condition || /\b(problem|diagnos|condition)/.test(q)) {
    if (condition) return { answer: `Yes: ${condition.text} is on the active problem list${condition.date ? ` since ${formatDate(condition.date)}` : ''}.`, citations: [condition.source], found: true, intent: 'condition' };
    return list(summary.problems, 'active problems', 'condition');
  }
  const medByName = summary.medications.find((m) => q.split(/\W+/).some((w) => w.length > 4 && m.text.toLowerCase().includes(w)));
  if (medByName) return { answer: `Yes: ${medByName.text} (active).`, citations: [medByName.source], found: true, intent: 'medication-class' };
  return { answer: 'Not in the record, or not a question the chart can answer.', citations: [], found: false, intent: 'unknown' };
}

