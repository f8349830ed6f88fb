import type { AssistantAnswer } from '../../../src/assistant/pipeline.ts';
import type { ChartSummary, Series } from '../../../src/clinician/summary.ts';
import type { MessageThread } from '../../../src/clinician/messages.ts';
import type { Article } from '../../../src/knowledge/types.ts';
import { postJson, requestJson } from './client.ts';

/** The patient portal's calls: the signed-in patient's own summary, the assistant, messages and articles. */

/** A lab series as the portal sends it: with a plain-language meaning when one is known. */
export type PortalSeries = Series & { meaning?: string };
export type PortalSummary = Omit<ChartSummary, 'labs'> & { labs: PortalSeries[] };

export type { AssistantAnswer, MessageThread, Article };
export type AnswerCitation = AssistantAnswer['citations'][number];
export type TriageLevel = AssistantAnswer['triage']['level'];

export function portalSummary(): Promise<PortalSummary> {
  return requestJson<PortalSummary>('/api/portal/summary');
}

export function askAssistant(message: string, conversationId?: string): Promise<AssistantAnswer> {
  return postJson<AssistantAnswer>('/api/assistant/ask', conversationId ? { message, conversationId } : { message });
}

export function knowledgeArticle(id: string): Promise<Article> {
  return requestJson<Article>(`/api/knowledge/articles/${encodeURIComponent(id)}`);
}

export function myMessages(): Promise<MessageThread[]> {
  return requestJson<MessageThread[]>('/api/portal/messages');
}

export function sendMessage(input: { subject?: string; text: string; conversationId?: string }): Promise<MessageThread> {
  return postJson<MessageThread>('/api/portal/messages', input);
}
