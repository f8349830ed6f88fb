import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { MessageThread } from '../api/portal.ts';
import { isUnauthenticated } from '../api/client.ts';
import { sendMessage } from '../api/portal.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage } from '../shell/feedback.tsx';
import { useSession } from '../shell/session.tsx';

/**
 * "Ask my care team": sends the conversation so far to the clinic's in-basket, with a note the
 * patient can edit (it starts as their last question), and then shows that it is waiting for a reply.
 */
export function HandOff({ conversationId, lastQuestion, suggested }: { conversationId: string; lastQuestion: string; suggested: boolean }) {
  const { expire } = useSession();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(lastQuestion);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [sent, setSent] = useState<MessageThread | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    setError(null);
    try {
      setSent(await sendMessage({ subject: 'Question from my conversation with the assistant', text: text.trim(), conversationId }));
    } catch (failure) {
      if (isUnauthenticated(failure)) return expire();
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setSending(false);
    }
  }

  if (sent) {
    return (
      <div className="handoff handoff-sent" role="status">
        <p className="message-title">Sent to your care team.</p>
        <p>
          They can see this conversation. Status: <span className="badge badge-waiting">Waiting for a reply</span>.{' '}
          <Link to="/portal/messages">Go to my messages</Link>
        </p>
      </div>
    );
  }
  if (!open) {
    return (
      <div className={suggested ? 'handoff handoff-suggested' : 'handoff'}>
        {suggested && <p>This is a question for your care team. You can send them this conversation.</p>}
        <button
          type="button"
          className={suggested ? 'button button-primary' : 'button button-quiet'}
          onClick={() => {
            setOpen(true);
            setTimeout(() => textRef.current?.focus(), 0);
          }}
        >
          Ask my care team
        </button>
      </div>
    );
  }
  return (
    <form className="handoff handoff-form" onSubmit={handleSubmit}>
      {error && <ErrorMessage title="Your message was not sent." error={error} />}
      <div className="field">
        <label htmlFor="handoff-text">Message to your care team</label>
        <textarea id="handoff-text" ref={textRef} rows={3} value={text} onChange={(event) => setText(event.target.value)} aria-describedby="handoff-hint" />
        <p id="handoff-hint" className="muted small">
          Your conversation with the assistant is attached. For an emergency, call 911 instead.
        </p>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={sending || !text.trim()}>
          {sending ? 'Sending…' : 'Send to my care team'}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)} disabled={sending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
