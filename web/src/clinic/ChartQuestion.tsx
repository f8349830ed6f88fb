import { useState } from 'react';
import type { FormEvent } from 'react';
import { askChart } from '../api/clinician.ts';
import type { ChartAnswer } from '../api/clinician.ts';
import { isUnauthenticated } from '../api/client.ts';
import { ErrorMessage } from '../shell/feedback.tsx';
import { useSession } from '../shell/session.tsx';
import { SourceLink } from './SourceLink.tsx';

const examples = ['When was the last A1c?', 'Is the patient on a statin?', 'What was the trend in eGFR this year?'];

/** Questions about this chart, answered from the record with links to the resources, or "not in the record". */
export function ChartQuestion({ patientId }: { patientId: string }) {
  const { expire } = useSession();
  const [question, setQuestion] = useState('');
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<{ question: string; answer: ChartAnswer } | null>(null);
  const [error, setError] = useState<Error | null>(null);

  async function ask(text: string) {
    if (text.trim().length < 2 || asking) return;
    setAsking(true);
    setError(null);
    try {
      setResult({ question: text.trim(), answer: await askChart(patientId, text.trim()) });
    } catch (failure) {
      if (isUnauthenticated(failure)) return expire();
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setAsking(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void ask(question);
  }

  return (
    <section className="card chart-question" aria-labelledby="chart-question-heading">
      <h2 id="chart-question-heading">Ask the chart</h2>
      <form onSubmit={handleSubmit} className="inline-form">
        <label htmlFor="chart-question" className="visually-hidden">
          Question about this chart
        </label>
        <input
          id="chart-question"
          value={question}
          maxLength={500}
          onChange={(event) => setQuestion(event.target.value)}
          placeholder="e.g. When was the last A1c?"
          aria-describedby="chart-question-examples"
        />
        <button type="submit" className="button button-primary" disabled={asking || question.trim().length < 2}>
          {asking ? 'Looking…' : 'Ask'}
        </button>
      </form>
      <p id="chart-question-examples" className="muted small">
        Try:{' '}
        {examples.map((example, index) => (
          <span key={example}>
            {index > 0 && ' · '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setQuestion(example);
                void ask(example);
              }}
            >
              {example}
            </button>
          </span>
        ))}
      </p>
      {error && <ErrorMessage title="The question could not be answered." error={error} />}
      <div aria-live="polite">
        {result && (
          <div className={result.answer.found ? 'chart-answer' : 'chart-answer chart-answer-missing'}>
            <p className="muted small">{result.question}</p>
            <p className="chart-answer-text">{result.answer.answer}</p>
            {result.answer.citations.length > 0 && (
              <p className="small">
                From:{' '}
                {result.answer.citations.map((citation, index) => (
                  <span key={citation}>
                    {index > 0 && ', '}
                    <SourceLink source={citation}>{citation.split('/')[0]}</SourceLink>
                  </span>
                ))}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
