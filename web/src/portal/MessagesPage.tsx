import { useState } from 'react';
import type { FormEvent } from 'react';
import { isUnauthenticated } from '../api/client.ts';
import { myMessages, sendMessage } from '../api/portal.ts';
import type { MessageThread } from '../api/portal.ts';
import { formatDate } from '../fhir/display.ts';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';

/** Messages with the care team: a new message, and each thread with its status and the team's replies. */
export function MessagesPage() {
  useDocumentTitle('Messages');
  const [version, setVersion] = useState(0);
  const threads = useAsync(myMessages, [version]);
  return (
    <>
      <PageHeading subtitle="Messages are read during clinic hours. For an emergency, call 911 instead of writing.">Messages</PageHeading>
      <NewMessage onSent={() => setVersion((value) => value + 1)} />
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">Your messages</h2>
        {threads.status === 'loading' && <Loading label="Loading your messages…" />}
        {threads.status === 'failed' && <ErrorMessage title="We could not load your messages." error={threads.error} />}
        {threads.status === 'ready' &&
          (threads.value.length === 0 ? (
            <p className="muted">No messages yet.</p>
          ) : (
            <ul className="thread-list">
              {[...threads.value].sort((a, b) => b.sent.localeCompare(a.sent)).map((thread) => (
                <ThreadCard key={thread.id} thread={thread} />
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

export function threadStatusLabel(status: MessageThread['status']): string {
  return status === 'answered' ? 'Answered' : 'Waiting for a reply';
}

function ThreadCard({ thread }: { thread: MessageThread }) {
  return (
    <li className="card thread">
      <div className="thread-head">
        <h3>{thread.subject}</h3>
        <span className={thread.status === 'answered' ? 'badge badge-answered' : 'badge badge-waiting'}>{threadStatusLabel(thread.status)}</span>
      </div>
      <p className="muted small">You wrote on {formatDate(thread.sent)}</p>
      <p className="thread-text">{thread.text}</p>
      {thread.transcript && (
        <details className="transcript">
          <summary>Your conversation with the assistant (attached)</summary>
          <pre>{thread.transcript}</pre>
        </details>
      )}
      {thread.replies.map((reply) => (
        <div key={reply.id} className="reply">
          <p className="reply-from">
            {reply.from} <span className="muted small">replied on {formatDate(reply.sent)}</span>
          </p>
          <p className="thread-text">{reply.text}</p>
        </div>
      ))}
    </li>
  );
}

function NewMessage({ onSent }: { onSent(): void }) {
  const { expire } = useSession();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [sent, setSent] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    setError(null);
    setSent(false);
    try {
      await sendMessage({ subject: subject.trim(), text: text.trim() });
      setSubject('');
      setText('');
      setSent(true);
      onSent();
    } catch (failure) {
      if (isUnauthenticated(failure)) return expire();
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="new-message-heading">
      <h2 id="new-message-heading">Write to your care team</h2>
      {error && <ErrorMessage title="Your message was not sent." error={error} />}
      {sent && (
        <p className="message message-success" role="status">
          Your message was sent.
        </p>
      )}
      <form onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="message-subject">Subject (optional)</label>
          <input id="message-subject" maxLength={200} value={subject} onChange={(event) => setSubject(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="message-text">Message</label>
          <textarea id="message-text" rows={4} maxLength={8000} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button button-primary" disabled={sending || !text.trim()}>
          {sending ? 'Sending…' : 'Send message'}
        </button>
      </form>
    </section>
  );
}
