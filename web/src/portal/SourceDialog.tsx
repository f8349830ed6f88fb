import { useEffect, useRef } from 'react';
import type { AnswerCitation } from '../api/portal.ts';
import { ResourceView } from '../fhir/ResourceView.tsx';
import { Link } from '../router/Link.tsx';
import { ArticleView } from './ArticleView.tsx';

/**
 * The source behind a numbered citation, in a modal dialog so the conversation stays where it was:
 * the approved article (at the cited section), the entry from the patient's own record, or the
 * preventive-care rule. The browser's <dialog> keeps focus inside and Escape closes it.
 */
export function SourceDialog({ citation, onClose }: { citation: AnswerCitation | null; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (citation && !dialog.open) dialog.showModal();
    if (!citation && dialog.open) dialog.close();
  }, [citation]);
  return (
    <dialog ref={ref} className="source-dialog" aria-labelledby="source-dialog-title" onClose={onClose}>
      <div className="source-dialog-bar">
        <p id="source-dialog-title" className="source-dialog-title">
          {citation ? `Source ${citation.n}: ${citation.title}` : 'Source'}
        </p>
        <button type="button" className="button button-quiet" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      <div className="source-dialog-body">{citation && <CitationSource citation={citation} />}</div>
    </dialog>
  );
}

function CitationSource({ citation }: { citation: AnswerCitation }) {
  if (citation.kind === 'knowledge' && citation.articleId) return <ArticleView articleId={citation.articleId} section={citation.section} />;
  if (citation.kind === 'record') return <ResourceView reference={citation.id} />;
  return (
    <article>
      <p className="eyebrow">Preventive care</p>
      <h2>{citation.title}</h2>
      {citation.sources && citation.sources.length > 0 && (
        <ul className="source-list">
          {citation.sources.map((source) => (
            <li key={source.title}>
              {source.organization}, {source.url ? <a href={source.url} target="_blank" rel="noreferrer">{source.title}</a> : <cite>{source.title}</cite>} ({source.year})
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/portal/care">See your preventive-care checklist</Link>
      </p>
    </article>
  );
}
