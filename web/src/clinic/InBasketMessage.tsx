import { useEffect, useState } from 'react';
import { discardDraft, inBasketItem, sendReply } from '../api/clinician.ts';
import type { InBasketItem, MessageThread } from '../api/clinician.ts';
import { isUnauthenticated, readPatient } from '../api/client.ts';
import { formatDate, fullName } from '../fhir/display.ts';
import { Link } from '../router/Link.tsx';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync, useDocumentTitle } from '../shell/useAsync.ts';
import { SourceLink } from './SourceLink.tsx';

/** One patient message: the message and any attached assistant conversation, the AI draft with its citations, and the reply box. */
export function InBasketMessage({ messageId }: { messageId: string }) {
  useDocumentTitle('Message');
  const item = useAsync(() => inBasketItem(messageId), [messageId]);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/clinic/inbasket">← In-basket</Link>
      </p>
      {item.status === 'loading' && <Loading label="Loading the message…" />}
      {item.status === 'failed' && <ErrorMessage title="This message could not be loaded." error={item.error} />}
      {item.status === 'ready' && <MessageView item={item.value} />}
    </>
  );
}

function MessageView({ item }: { item: InBasketItem }) {
  const [thread, setThread] = useState<MessageThread>(item.thread);
  const patient = useAsync(() => readPatient(item.thread.patientId), [item.thread.patientId]);
  const patientName = patient.status === 'ready' ? fullName(patient.value) : 'the patient';
  useEffect(() => setThread(item.thread), [item.thread]);
  return (
    <>
      <PageHeading subtitle={`Sent ${formatDate(thread.sent)}`}>{thread.subject}</PageHeading>
      <div className="message-layout">
        <section className="card" aria-labelledby="patient-message-heading">
          <div className="section-head">
            <h2 id="patient-message-heading">From {patientName}</h2>
            <span className={thread.status === 'answered' ? 'badge badge-answered' : 'badge badge-waiting'}>
              {thread.status === 'answered' ? 'Answered' : 'Awaiting reply'}
            </span>
          </div>
          <p className="small">
            <Link to={`/clinic/patients/${encodeURIComponent(thread.patientId)}`}>Open {patient.status === 'ready' ? `${patientName}'s` : "the patient's"} chart</Link>
            {thread.triageLevel && <span className="muted"> · highest triage level in the conversation: {thread.triageLevel}</span>}
          </p>
          <p className="thread-text">{thread.text}</p>
          {thread.transcript && (
            <details className="transcript" open>
              <summary>Conversation with the assistant</summary>
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
        </section>
        {item.thread.status === 'awaiting-reply' && <ReplyComposer item={item} onSent={setThread} />}
      </div>
    </>
  );
}

function ReplyComposer({ item, onSent }: { item: InBasketItem; onSent(thread: MessageThread): void }) {
  const { expire } = useSession();
  const id = item.thread.id;
  const [draft, setDraft] = useState(item.draft && item.draft.outcome !== 'discarded' ? item.draft : null);
  const [text, setText] = useState(draft?.text ?? '');
  const [busy, setBusy] = useState<'sending' | 'discarding' | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function act(kind: 'sending' | 'discarding', work: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await work();
    } catch (failure) {
      if (isUnauthenticated(failure)) return expire();
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(null);
    }
  }

  const send = () =>
    act('sending', async () => {
      const thread = await sendReply(id, text.trim());
      setNotice('Reply sent. The patient sees it in their portal messages.');
      setSent(true);
      onSent(thread);
    });

  const discard = () =>
    act('discarding', async () => {
      await discardDraft(id);
      setDraft(null);
      setText('');
      setNotice('Draft discarded. Write your own reply below.');
    });

  const edited = draft !== null && text.trim() !== draft.text.trim();
  if (sent) {
    return (
      <section className="card reply-composer" aria-labelledby="reply-heading">
        <h2 id="reply-heading">Your reply</h2>
        <p className="message message-success" role="status">
          {notice}
        </p>
        <p>
          <Link to="/clinic/inbasket">Back to the in-basket</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="card reply-composer" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Your reply</h2>
      {notice && (
        <p className="message message-success" role="status">
          {notice}
        </p>
      )}
      {error && <ErrorMessage title="That did not work." error={error} />}
      {item.noReplyNeeded && !draft && <p className="message message-info">This message does not seem to need a reply, so there is no draft. You can still write one.</p>}
      {draft && (
        <div className="draft-info">
          <p className="small">
            <span className="badge badge-ai">AI draft</span> written {formatDate(draft.createdAt)} from the chart and approved knowledge.{' '}
            {edited ? 'You have edited it.' : 'Review it before sending.'}
          </p>
          {draft.citations.length > 0 && (
            <div className="draft-citations">
              <p className="small checklist-label">Draft sources</p>
              <ol className="small">
                {draft.citations.map((citation) => (
                  <li key={citation.id}>
                    {/^[A-Z][A-Za-z]+\//.test(citation.id) ? (
                      <>
                        From the record: <SourceLink source={citation.id}>{citation.id.split('/')[0]}</SourceLink>
                      </>
                    ) : (
                      citation.title
                    )}
                  </li>
                ))}
              </ol>
            </div>
          )}
          {draft.note && <p className="muted small">{draft.note}</p>}
        </div>
      )}
      <div className="field">
        <label htmlFor="reply-text">Reply to the patient</label>
        <textarea id="reply-text" rows={10} value={text} maxLength={8000} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy !== null || !text.trim()} onClick={() => void send()}>
          {busy === 'sending' ? 'Sending…' : 'Send reply'}
        </button>
        {draft && (
          <button type="button" className="button button-quiet" disabled={busy !== null} onClick={() => void discard()}>
            {busy === 'discarding' ? 'Discarding…' : 'Discard draft'}
          </button>
        )}
      </div>
    </section>
  );
}
