import { composeExtractive, defaultExtractiveOptions } from '../assistant/extractive.ts';
import type { Evidence } from '../assistant/types.ts';
import type { ChartSummary } from './summary.ts';
import { answerChartQuestion } from './questions.ts';

/**
 * In-basket reply drafts: grounded sentences from the patient's chart and approved patient-audience
 * knowledge, put in the clinician's voice (greeting, the answer, a closing with their name). Messages
 * that need no reply get no draft.
 */
const acknowledgement = /^(?:\s*(?:thanks?(?: you)?(?: so much| very much| again)?|thank u|thx|ty|ok(?:ay)?|great|perfect|got it|sounds good|will do|appreciate it|much appreciated|have a (?:good|great|nice) (?:day|weekend))[\s!.,:)]*(?:dr\.?\s*\w+)?[\s!.,:)]*)+$/i;

export function needsReply(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  return !acknowledgement.test(t.replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu, ''));
}

export interface DraftCitation {
  id: string;
  title: string;
}

export interface Draft {
  text: string;
  citations: DraftCitation[];
  /** Why there is no grounded content, when the draft is only a holding reply. */
  note?: string;
}

export function draftReply(input: { message: string; summary: ChartSummary; evidence: Evidence[]; clinicianName: string }): Draft | undefined {
  if (!needsReply(input.message)) return undefined;
  const first = input.summary.patient.name.split(' ').find((w) => !/\.$/.test(w)) ?? '';
  const evidence: Evidence[] = [];
  const fact = answerChartQuestion(input.summary, input.message);
  if (fact.found) evidence.push({ kind: 'record', id: fact.citations[0]!, text: fact.answer.replace(/^Yes: /, 'Your record shows ') });
  evidence.push(...input.evidence);
  const sentences = composeExtractive({ question: input.message, evidence }, defaultExtractiveOptions);
  const citations: DraftCitation[] = [];
  for (const s of sentences) for (const id of s.evidenceIds) {
    if (citations.some((c) => c.id === id)) continue;
    const e = evidence.find((x) => x.id === id);
    citations.push({ id, title: e?.kind === 'knowledge' ? `${e.title} — ${e.section}` : `Record: ${id}` });
  }
  const body = sentences.length
    ? sentences.map((s) => s.text).join(' ')
    : 'Thank you for your message. I have read it and will look into this for you.';
  const text = [`Hi ${first},`, '', body, '', 'If anything gets worse or you feel unsafe, call 911 or go to the nearest emergency department.', '', input.clinicianName].join('\n');
  return { text, citations, ...(sentences.length ? {} : { note: 'No approved source or record entry answers this message; the draft is a holding reply for the clinician to complete.' }) };
}

/** Levenshtein distance between two texts, in characters (two rows of memory). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let curr = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}
