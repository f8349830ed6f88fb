import type { Resource } from '@medplum/fhirtypes';
import type { PreventiveItem } from '../clinical/index.ts';
import { answerChartQuestion, buildChartSummary, type ChartSummary } from '../clinician/index.ts';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import { tokenize } from '../knowledge/index.ts';
import type { GroundingResult, GroundingSource, GuardResult, PatientFacts, RefusalReason, TriageLevel, TriageOptions, TriageReason, TriageResult } from '../safety/index.ts';
import type { ConversationStore } from './conversations.ts';
import type { Composer, Evidence, KnowledgeEvidence } from './types.ts';

/** The version recorded with every answer; it changes whenever the pipeline's behaviour does. */
export const assistantVersion = 'galen-assistant/1.0';

export const aiNotice = 'This answer was written by an AI assistant from sources your clinic has approved and from your own record. It is not a diagnosis. To reach a person, use "Ask my care team", or call the clinic.';

export interface AnswerCitation {
  /** 1-based number shown in the answer. */
  n: number;
  kind: 'knowledge' | 'record' | 'preventive';
  /** Passage id, "Type/id" of a record resource, or the preventive service id. */
  id: string;
  title: string;
  section?: string;
  articleId?: string;
  sources?: { organization: string; title: string; year: number; url?: string }[];
}

export interface AssistantAnswer {
  conversationId: string;
  triage: { level: TriageLevel; reasons: TriageReason[]; action: string };
  answer: string;
  sentences: { text: string; citations: number[] }[];
  citations: AnswerCitation[];
  refused: null | { reason: RefusalReason; message: string };
  followUpQuestions: string[];
  /** What the assistant could not support from its sources and therefore did not say. */
  unsupported: string[];
  /** True when the message should go to the care team (the patient may send it with one click). */
  suggestHandoff: boolean;
  notice: string;
  version: string;
}

/** The steps the pipeline wires together; each is its own module with its own tests. */
export interface AssistantDeps {
  triage(message: string, options: TriageOptions): TriageResult;
  guard(message: string): GuardResult;
  checkGrounding(sentences: string[], sources: GroundingSource[]): GroundingResult;
  /** The signed-in patient's record (Patient/$everything). */
  patientRecord(ctx: RequestContext, patientId: string): Promise<Resource[]>;
  /** Approved patient-audience passages for a query. */
  retrieve(ctx: RequestContext, query: string, k: number): Promise<KnowledgeEvidence[]>;
  composer: Composer;
  conversations: ConversationStore;
  audit(ctx: RequestContext, entry: { action: string; patientId?: string; detail?: Record<string, unknown> }): Promise<void>;
  now?: () => Date;
}

function patientFacts(summary: ChartSummary): PatientFacts {
  const sex = summary.patient.gender;
  return {
    ...(summary.patient.ageYears !== undefined ? { ageYears: summary.patient.ageYears } : {}),
    ...(sex === 'female' || sex === 'male' || sex === 'other' || sex === 'unknown' ? { sex } : {}),
    pregnant: summary.problems.some((p) => /pregnan/i.test(p.text)),
    conditions: summary.problems.flatMap((p) => [p.text, ...(p.code ? [p.code] : [])]),
    medications: summary.medications.map((m) => m.text),
  };
}

const preventiveQuestion = /\b(screen|screening|due|overdue|vaccin|shot|immuni[sz]|mammogra|colonoscop|pap\b|checkup|check-up|preventive|booster)/i;
const personalQuestion = /\b(my|mine|me|i am|i'm|am i|do i|did i|have i|was i)\b/i;

function preventiveEvidence(items: PreventiveItem[]): Evidence[] {
  return items.map((item) => ({
    kind: 'record' as const,
    id: `preventive:${item.id}`,
    text: `${item.service}: ${item.status === 'up-to-date' ? 'up to date' : item.status}${item.lastDone ? `, last done ${item.lastDone}` : ''}${item.nextDue && item.status === 'up-to-date' ? `, next due ${item.nextDue}` : ''}. ${item.rule}`,
  }));
}

/**
 * The preventive items a question is about (those sharing a word with it, such as "shingles" or
 * "colon"), or the first six when it names none ("what screenings am I due for?"): each item offered
 * is one more source for the composer and the grounding check to weigh.
 */
function relevantPreventive(items: PreventiveItem[], question: string): PreventiveItem[] {
  const asked = new Set(tokenize(question));
  const named = items.filter((item) => tokenize(`${item.service} ${item.rule}`).some((t) => asked.has(t) && !genericPreventiveWords.has(t)));
  return named.length > 0 ? named : items.slice(0, 6);
}
const genericPreventiveWords = new Set(tokenize('adult adults people person screen screening screened test tested vaccine vaccines shot shots year years old age due need every'));

/** How long a patient's chart summary is reused between messages of a conversation. */
const summaryTtlMs = 30_000;

export class PatientAssistant {
  // A conversation sends several messages within seconds; re-reading and summarising the whole
  // record for each is most of an answer's cost. Records change far less often than that.
  private readonly summaries = new Map<string, { at: number; summary: ChartSummary }>();

  constructor(private readonly deps: AssistantDeps) {}

  private async chart(ctx: RequestContext, patientId: string, now: Date): Promise<ChartSummary> {
    const key = `${ctx.tenantId}|${patientId}`;
    const cached = this.summaries.get(key);
    if (cached && Date.now() - cached.at < summaryTtlMs) return cached.summary;
    const summary = buildChartSummary(await this.deps.patientRecord(ctx, patientId), { now });
    if (this.summaries.size > 1000) this.summaries.clear();
    this.summaries.set(key, { at: Date.now(), summary });
    return summary;
  }

  async answer(ctx: RequestContext, input: { message: string; conversationId?: string }): Promise<AssistantAnswer> {
    if (ctx.actor.role !== 'patient' || !ctx.actor.patientId) throw new GalenError('forbidden', 'the assistant answers signed-in patients about their own record');
    const patientId = ctx.actor.patientId;
    const message = input.message.trim();
    if (message.length === 0) throw new GalenError('invalid_input', 'the message is empty', { location: 'message' });
    if (message.length > 4000) throw new GalenError('invalid_input', 'the message is over 4,000 characters', { location: 'message' });
    const conversation = await this.deps.conversations.open(ctx, patientId, input.conversationId);
    const history = conversation.turns.filter((t) => t.role === 'patient').map((t) => t.text);
    const now = this.deps.now?.() ?? new Date();
    const summary = await this.chart(ctx, patientId, now);
    const facts = patientFacts(summary);

    // 1. Triage first, on this message and the conversation so far.
    const triage = this.deps.triage(message, { history, patient: facts });
    const base = {
      conversationId: conversation.id,
      triage: { level: triage.level, reasons: triage.reasons, action: triage.action },
      followUpQuestions: triage.followUpQuestions ?? [],
      notice: aiNotice,
      version: `${assistantVersion} (${this.deps.composer.name})`,
    };
    let result: AssistantAnswer;
    if (triage.level === 'emergency') {
      result = { ...base, answer: triage.action, sentences: [], citations: [], refused: null, unsupported: [], suggestHandoff: false };
    } else {
      // 2. Scope and misuse guard.
      const guard = this.deps.guard(message);
      if (!guard.allowed) {
        const text = `${guard.explanation} ${guard.instead}`;
        result = { ...base, answer: text, sentences: [], citations: [], refused: { reason: guard.reason, message: text }, unsupported: [], suggestHandoff: guard.reason === 'medication-change' };
      } else {
        result = { ...base, ...(await this.grounded(ctx, message, summary)) };
      }
    }
    await this.deps.conversations.append(ctx, conversation.id, [
      { role: 'patient', text: message, triageLevel: triage.level },
      { role: 'assistant', text: result.answer, triageLevel: triage.level, answer: result },
    ], triage.level);
    await this.deps.audit(ctx, {
      action: 'assistant.answer',
      patientId,
      detail: { conversationId: conversation.id, version: result.version, triage: triage.level, rules: triage.reasons.map((r) => r.rule), refused: result.refused?.reason ?? null, sources: result.citations.map((c) => c.id) },
    });
    return result;
  }

  /** Steps 3–7: the patient's facts, preventive care, retrieval, composition and the grounding check. */
  private async grounded(ctx: RequestContext, message: string, summary: ChartSummary): Promise<Pick<AssistantAnswer, 'answer' | 'sentences' | 'citations' | 'refused' | 'unsupported' | 'suggestHandoff'>> {
    const evidence: Evidence[] = [];
    if (personalQuestion.test(message)) {
      const fact = answerChartQuestion(summary, message);
      if (fact.found) evidence.push(...fact.citations.slice(0, 1).map((id) => ({ kind: 'record' as const, id, text: fact.answer.replace(/^Yes: /, 'Your record shows: ') })));
      // What the record does not hold is a fact about the record too: say so rather than leave it unsaid.
      else if (fact.intent === 'latest-value' || fact.intent === 'trend') evidence.push({ kind: 'record', id: summary.patient.source, text: fact.answer.replace(/^Not in the record: no /, 'Your record has no ').replace(/\.$/, '') + '.' });
    }
    if (preventiveQuestion.test(message)) evidence.push(...preventiveEvidence(relevantPreventive(summary.preventive, message)));
    evidence.push(...(await this.deps.retrieve(ctx, message, 5)));

    const composed = await this.deps.composer.compose({ question: message, evidence });
    const sources = evidence.map((e) => ({ id: e.id, text: e.text }));
    const grounding = this.deps.checkGrounding(composed.map((s) => s.text), sources);
    const kept = grounding.kept;
    if (kept.length === 0) {
      return {
        answer: 'I could not find an answer to that in the sources your clinic has approved or in your record, so I will not guess. You can send this question to your care team.',
        sentences: [], citations: [], refused: null,
        unsupported: grounding.removed.map((r) => r.sentence),
        suggestHandoff: true,
      };
    }
    const citations: AnswerCitation[] = [];
    const numberOf = (id: string): number => {
      const existing = citations.find((c) => c.id === id);
      if (existing) return existing.n;
      const e = evidence.find((x) => x.id === id);
      const n = citations.length + 1;
      if (e?.kind === 'knowledge') citations.push({ n, kind: 'knowledge', id, title: e.title, section: e.section, articleId: e.articleId, sources: e.citations.map(({ organization, title, year, url }) => ({ organization, title, year, ...(url ? { url } : {}) })) });
      else if (id.startsWith('preventive:')) citations.push({ n, kind: 'preventive', id, title: summary.preventive.find((p) => `preventive:${p.id}` === id)?.service ?? 'Preventive care', sources: summary.preventive.filter((p) => `preventive:${p.id}` === id).map((p) => ({ organization: p.source.organization, title: p.source.title, year: p.source.year, ...(p.source.url ? { url: p.source.url } : {}) })) });
      else citations.push({ n, kind: 'record', id, title: `Your record (${id.split('/')[0]})` });
      return n;
    };
    // Cite what the composer drew the sentence from when the grounding check confirms it; otherwise what the check found.
    const composedIds = new Map(composed.map((c) => [c.text.trim(), c.evidenceIds]));
    const sentences = kept.map((s) => {
      const own = (composedIds.get(s.sentence.trim()) ?? []).filter((id) => s.sourceIds.includes(id));
      return { text: s.sentence, citations: (own.length ? own : s.sourceIds).map(numberOf) };
    });
    return {
      answer: sentences.map((s) => `${s.text} ${s.citations.map((n) => `[${n}]`).join('')}`).join(' '),
      sentences,
      citations,
      refused: null,
      unsupported: grounding.removed.map((r) => r.sentence),
      suggestHandoff: false,
    };
  }
}
