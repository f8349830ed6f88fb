import { useEffect, useRef } from 'react';
import type { AnswerCitation, AssistantAnswer } from '../api/portal.ts';
import { refusalHeading } from './triage.ts';
import { TriageBanner } from './TriageBanner.tsx';

const kindLabels: Record<AnswerCitation['kind'], string> = {
  knowledge: 'Health information',
  record: 'Your record',
  preventive: 'Preventive care',
};

function citationLabel(citation: AnswerCitation): string {
  return `${citation.title}${citation.section ? ` — ${citation.section}` : ''}`;
}

/**
 * One assistant answer: triage first, then the refusal or the cited sentences, the questions that
 * would decide the level, what could not be answered, the numbered sources, and the AI notice.
 */
export function AnswerView({ answer, onOpenCitation, focusOnMount }: { answer: AssistantAnswer; onOpenCitation(citation: AnswerCitation): void; focusOnMount: boolean }) {
  const bannerRef = useRef<HTMLDivElement>(null);
  const emergency = answer.triage.level === 'emergency';
  useEffect(() => {
    // An emergency must not be missed: it takes focus, so screen readers read it first.
    if (focusOnMount && (emergency || answer.triage.level === 'urgent')) bannerRef.current?.focus();
  }, [focusOnMount, emergency, answer.triage.level]);
  const byNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
  // For an emergency the banner carries the whole message; repeating it below would only add noise.
  const repeatsAction = emergency && answer.sentences.length === 0 && answer.answer.trim() === answer.triage.action.trim();
  return (
    <div className={`answer answer-${answer.triage.level}`}>
      <TriageBanner ref={bannerRef} triage={answer.triage} />
      {answer.refused ? (
        <div className="refusal">
          <p className="refusal-heading">{refusalHeading(answer.refused.reason)}</p>
          <p>{answer.refused.message}</p>
        </div>
      ) : answer.sentences.length > 0 ? (
        <p className="answer-text">
          {answer.sentences.map((sentence, index) => (
            <span key={index}>
              {sentence.text}
              {sentence.citations.map((n) => {
                const citation = byNumber.get(n);
                return citation ? (
                  <button
                    key={n}
                    type="button"
                    className="cite-button"
                    aria-label={`Source ${n}: ${citationLabel(citation)}`}
                    onClick={() => onOpenCitation(citation)}
                  >
                    {n}
                  </button>
                ) : null;
              })}{' '}
            </span>
          ))}
        </p>
      ) : (
        !repeatsAction && <p className="answer-text">{answer.answer}</p>
      )}
      {answer.followUpQuestions.length > 0 && (
        <div className="follow-up">
          <p className="follow-up-heading">To help decide, please tell me:</p>
          <ul>
            {answer.followUpQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </div>
      )}
      {answer.unsupported.length > 0 && (
        <p className="muted small">I left out {answer.unsupported.length === 1 ? 'one point' : `${answer.unsupported.length} points`} I could not check against an approved source.</p>
      )}
      {answer.citations.length > 0 && (
        <div className="answer-sources">
          <p className="answer-sources-heading">Sources</p>
          <ol>
            {answer.citations.map((citation) => (
              <li key={citation.n} value={citation.n}>
                <button type="button" className="link-button" onClick={() => onOpenCitation(citation)}>
                  {citationLabel(citation)}
                </button>
                <span className="muted small"> · {kindLabels[citation.kind]}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <p className="ai-notice">
        <span className="badge badge-ai" aria-hidden="true">AI</span> {answer.notice}
      </p>
    </div>
  );
}
