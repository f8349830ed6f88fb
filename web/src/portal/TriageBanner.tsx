import { forwardRef } from 'react';
import type { AssistantAnswer } from '../api/portal.ts';
import { emergencyNumbers, triageHeadings } from './triage.ts';

/**
 * The triage result, above the answer. An emergency is a full-width red alert (role="alert", and
 * the page moves focus to it) with tap-to-call numbers; urgent is amber; the others are calm notes.
 */
export const TriageBanner = forwardRef<HTMLDivElement, { triage: AssistantAnswer['triage'] }>(function TriageBanner({ triage }, ref) {
  const { level, action } = triage;
  if (level === 'emergency') {
    const numbers = emergencyNumbers(action);
    return (
      <div ref={ref} className="triage triage-emergency" role="alert" tabIndex={-1}>
        <p className="triage-heading">
          <span className="triage-icon" aria-hidden="true">!</span>
          {triageHeadings.emergency}
        </p>
        <p className="triage-action">{action}</p>
        {numbers.length > 0 && (
          <p className="triage-calls">
            {numbers.map((number) => (
              <a key={number.tel} className="button button-emergency" href={`tel:${number.tel}`}>
                {number.label}
              </a>
            ))}
          </p>
        )}
      </div>
    );
  }
  if (level === 'urgent') {
    return (
      <div ref={ref} className="triage triage-urgent" role="status" tabIndex={-1}>
        <p className="triage-heading">
          <span className="triage-icon" aria-hidden="true">!</span>
          {triageHeadings.urgent}
        </p>
        <p className="triage-action">{action}</p>
      </div>
    );
  }
  return (
    <div ref={ref} className={`triage triage-${level}`} tabIndex={-1}>
      <p className="triage-heading">{triageHeadings[level]}</p>
      <p className="triage-action">{action}</p>
    </div>
  );
});
