import { GalenError } from '../errors/index.ts';
import { splitSentences } from './extractive.ts';
import type { ComposeInput, ComposedSentence, Composer } from './types.ts';

/**
 * A composer backed by any OpenAI-compatible chat-completions endpoint the institution runs or
 * contracts (vLLM, llama.cpp server, Azure OpenAI, ...). The model sees only the numbered evidence
 * and must cite it sentence by sentence; whatever it writes still goes through the grounding check,
 * which removes every sentence no evidence supports.
 */
export interface OpenAiComposerOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Injected for tests; defaults to global fetch. */
  fetchImpl?: typeof fetch;
}

export const composerInstructions = [
  'You answer a patient\'s health question for their clinic\'s patient portal.',
  'Use ONLY the numbered evidence below. Do not add facts, numbers or advice that the evidence does not state.',
  'End every sentence with the marker of the evidence it comes from, like [E1] or [E2][E3].',
  'If the evidence does not answer the question, reply exactly: NO ANSWER',
  'Write plainly for an 8th-grade reader, in at most 5 short sentences. Never tell the patient to start, stop or change a medicine or dose.',
].join('\n');

export function evidencePrompt(input: ComposeInput): string {
  const lines = input.evidence.map((e, i) => `[E${i + 1}] ${e.kind === 'record' ? '(from your record) ' : `(${e.title} — ${e.section}) `}${e.text.replace(/\s+/g, ' ')}`);
  return `Evidence:\n${lines.join('\n')}\n\nQuestion: ${input.question}`;
}

/** Splits the model's reply into sentences and maps [En] markers back to evidence ids. */
export function parseCitedReply(reply: string, input: ComposeInput): ComposedSentence[] {
  if (/^\s*NO ANSWER\s*$/i.test(reply)) return [];
  const out: ComposedSentence[] = [];
  for (const sentence of splitSentences(reply.replace(/\s*(\[E\d+\])/g, '$1'))) {
    const ids: string[] = [];
    for (const m of sentence.matchAll(/\[E(\d+)\]/g)) {
      const evidence = input.evidence[Number(m[1]) - 1];
      if (evidence && !ids.includes(evidence.id)) ids.push(evidence.id);
    }
    const text = sentence.replace(/\s*\[E\d+\]/g, '').trim();
    if (text) out.push({ text, evidenceIds: ids });
  }
  return out;
}

export class OpenAiComposer implements Composer {
  readonly name: string;
  constructor(private readonly options: OpenAiComposerOptions) {
    this.name = `openai-compatible:${options.model}`;
  }

  async compose(input: ComposeInput): Promise<ComposedSentence[]> {
    if (input.evidence.length === 0) return [];
    const fetchImpl = this.options.fetchImpl ?? fetch;
    const response = await fetchImpl(`${this.options.baseUrl.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}) },
      body: JSON.stringify({
        model: this.options.model,
        temperature: 0,
        messages: [
          { role: 'system', content: composerInstructions },
          { role: 'user', content: evidencePrompt(input) },
        ],
      }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
    }).catch((error: unknown) => {
      throw new GalenError('internal', `the language model endpoint did not answer: ${(error as Error).message}`, { cause: error });
    });
    if (!response.ok) throw new GalenError('internal', `the language model endpoint answered ${response.status}`);
    const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
    const reply = body.choices?.[0]?.message?.content;
    if (typeof reply !== 'string') throw new GalenError('internal', 'the language model endpoint gave no answer text');
    return parseCitedReply(reply, input);
  }
}

/** The composer the environment asks for: GALEN_LLM_BASE_URL + GALEN_LLM_MODEL select the endpoint; otherwise extractive. */
export function composerFromEnv(env: NodeJS.ProcessEnv = process.env): OpenAiComposer | undefined {
  if (!env.GALEN_LLM_BASE_URL || !env.GALEN_LLM_MODEL) return undefined;
  return new OpenAiComposer({ baseUrl: env.GALEN_LLM_BASE_URL, model: env.GALEN_LLM_MODEL, apiKey: env.GALEN_LLM_API_KEY });
}
