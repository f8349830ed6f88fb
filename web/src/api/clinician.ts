import type { Assessment } from '../../../src/clinical/calculators/define.ts';
import type { ChartAnswer } from '../../../src/clinician/questions.ts';
import type { ChartSummary } from '../../../src/clinician/summary.ts';
import type { DraftRecord, InBasketMetrics } from '../../../src/clinician/inbasket.ts';
import type { MessageThread } from '../../../src/clinician/messages.ts';
import type { PanelRow, PanelSort } from '../../../src/clinician/panel.ts';
import { postEmpty, postJson, requestJson } from './client.ts';

/** The clinician workspace's calls: panel, chart summary and questions, calculators, in-basket. */
export type { Assessment, ChartAnswer, ChartSummary, InBasketMetrics, MessageThread, PanelRow, PanelSort };

export interface InBasketItem {
  thread: MessageThread;
  draft: DraftRecord | null;
  noReplyNeeded: boolean;
}

export interface PanelQuery {
  sort: PanelSort;
  gap?: string;
  flag?: string;
  q?: string;
}

const patientPath = (id: string) => `/api/clinician/patients/${encodeURIComponent(id)}`;

export function panel(query: PanelQuery): Promise<PanelRow[]> {
  const params = new URLSearchParams({ sort: query.sort });
  if (query.gap) params.set('gap', query.gap);
  if (query.flag) params.set('flag', query.flag);
  if (query.q?.trim()) params.set('q', query.q.trim());
  return requestJson<PanelRow[]>(`/api/clinician/panel?${params}`);
}

export function chartSummary(patientId: string): Promise<ChartSummary> {
  return requestJson<ChartSummary>(`${patientPath(patientId)}/summary`);
}

export function askChart(patientId: string, question: string): Promise<ChartAnswer> {
  return postJson<ChartAnswer>(`${patientPath(patientId)}/ask`, { question });
}

export function chartCalculators(patientId: string): Promise<Assessment[]> {
  return requestJson<Assessment[]>(`${patientPath(patientId)}/calculators`);
}

export function runCalculator(patientId: string, name: string, inputs: Record<string, number | boolean | string>): Promise<Assessment> {
  return postJson<Assessment>(`${patientPath(patientId)}/calculators/${encodeURIComponent(name)}`, { inputs });
}

export function inBasket(status: 'awaiting-reply' | 'answered'): Promise<MessageThread[]> {
  return requestJson<MessageThread[]>(`/api/clinician/inbasket?status=${status}`);
}

export function inBasketItem(id: string): Promise<InBasketItem> {
  return requestJson<InBasketItem>(`/api/clinician/inbasket/${encodeURIComponent(id)}`);
}

export function sendReply(id: string, text: string): Promise<MessageThread> {
  return postJson<MessageThread>(`/api/clinician/inbasket/${encodeURIComponent(id)}/send`, { text });
}

export function discardDraft(id: string): Promise<void> {
  return postEmpty(`/api/clinician/inbasket/${encodeURIComponent(id)}/discard-draft`);
}

export function inBasketMetrics(): Promise<InBasketMetrics> {
  return requestJson<InBasketMetrics>('/api/clinician/inbasket-metrics');
}

/** A deployed model as scored for one patient's chart (`GET /api/clinician/patients/:id/models`). */
export type ChartModel =
  | ({ scored: true; intendedUse: string; auroc: number | null } & import('../../../src/ml/registry.ts').Prediction)
  | { scored: false; model: string; version: number; reason: string };

export function chartModels(patientId: string): Promise<ChartModel[]> {
  return requestJson<ChartModel[]>(`${patientPath(patientId)}/models`);
}
