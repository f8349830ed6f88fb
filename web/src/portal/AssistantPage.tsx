import { useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { isUnauthenticated } from '../api/client.ts';
import { askAssistant } from '../api/portal.ts';
import type { AnswerCitation, AssistantAnswer } from '../api/portal.ts';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useDocumentTitle } from '../shell/useAsync.ts';
import { AnswerView } from './AnswerView.tsx';
import { HandOff } from './HandOff.tsx';
import { SourceDialog } from './SourceDialog.tsx';

interface Turn {
  id: number;
  question: string;
  answer?: AssistantAnswer;
  error?: Error;
}

/**
 * The assistant chat. Each question goes with the conversation id, so triage sees the whole
 * conversation; each answer shows its triage, cited sentences and the AI notice.
 */
export function AssistantPage() {
  useDocumentTitle('Ask a question');
  const { expire } = useSession();
  const [turns, setTurns] = useState<Turn[]>([]);
  const [draft, setDraft] = useState('');
  const [pending, setPending] = useState(false);
  const [citation, setCitation] = useState<AnswerCitation | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const nextId = useRef(1);

  const answered = turns.filter((turn) => turn.answer);
  const conversationId = answered.at(-1)?.answer?.conversationId;

  async function ask(question: string) {
    const id = nextId.current++;
    setTurns((current) => [...current, { id, question }]);
    setPending(true);
    try {
      const answer = await askAssistant(question, conversationId);
      setTurns((current) => current.map((turn) => (turn.id === id ? { ...turn, answer } : turn)));
    } catch (failure) {
      if (isUnauthenticated(failure)) return expire();
      const error = failure instanceof Error ? failure : new Error(String(failure));
      setTurns((current) => current.map((turn) => (turn.id === id ? { ...turn, error } : turn)));
    } finally {
      setPending(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const question = draft.trim();
    if (!question || pending) return;
    setDraft('');
    void ask(question);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter sends, Shift+Enter starts a new line, as in most chat boxes.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  const last = answered.at(-1);
  return (
    <>
      <PageHeading subtitle="Answers come from health information your clinic has approved and from your own record.">Ask a question</PageHeading>
      <p className="message message-info emergency-reminder">
        If you think you are having an emergency, call <a href="tel:911">911</a> now. For thoughts of suicide, call or text <a href="tel:988">988</a>.
      </p>
      <section className="chat card" aria-label="Conversation with the assistant">
        <div className="chat-log" role="log" aria-live="polite" aria-relevant="additions">
          {turns.length === 0 && (
            <p className="muted chat-empty">
              Ask about your conditions, your medicines, your test results or what care is due. For example: “What does my A1c mean?”
            </p>
          )}
          {turns.map((turn, index) => (
            <div key={turn.id} className="chat-turn">
              <p className="chat-question">
                <span className="visually-hidden">You asked: </span>
                {turn.question}
              </p>
              {!turn.answer && !turn.error && <Loading label="The assistant is answering…" />}
              {turn.error && <ErrorMessage title="The assistant could not answer." error={turn.error} />}
              {turn.answer && <AnswerView answer={turn.answer} onOpenCitation={setCitation} focusOnMount={index === turns.length - 1} />}
            </div>
          ))}
        </div>
        <form className="chat-form" onSubmit={handleSubmit}>
          <label htmlFor="assistant-question">Your question</label>
          <div className="chat-input-row">
            <textarea
              id="assistant-question"
              ref={inputRef}
              rows={2}
              maxLength={4000}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={handleKeyDown}
              aria-describedby="assistant-hint"
            />
            <button type="submit" className="button button-primary" disabled={pending || !draft.trim()}>
              {pending ? 'Asking…' : 'Ask'}
            </button>
          </div>
          <p id="assistant-hint" className="muted small">
            Press Enter to send, Shift+Enter for a new line.
          </p>
        </form>
      </section>
      {/* After an emergency the only advice is to call for help now; a message would wait in an in-basket. */}
      {last?.answer && last.answer.triage.level !== 'emergency' && (
        <HandOff key={`${last.answer.conversationId}-${answered.length}`} conversationId={last.answer.conversationId} lastQuestion={last.question} suggested={last.answer.suggestHandoff} />
      )}
      <SourceDialog citation={citation} onClose={() => setCitation(null)} />
    </>
  );
}
