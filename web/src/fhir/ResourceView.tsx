import { readReference } from '../api/client.ts';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { useAsync } from '../shell/useAsync.ts';
import { describeResource } from './describe.ts';

/** One record resource, fetched from FHIR by its "Type/id": its main facts, any note text, and the resource itself. */
export function ResourceView({ reference, headingLevel = 2 }: { reference: string; headingLevel?: 2 | 3 }) {
  const resource = useAsync(() => readReference(reference), [reference]);
  if (resource.status === 'loading') return <Loading label="Loading the record entry…" />;
  if (resource.status === 'failed') return <ErrorMessage title="This record entry could not be loaded." error={resource.error} />;
  const description = describeResource(resource.value);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="resource-view" aria-label={`${resource.value.resourceType} ${description.title}`}>
      <p className="eyebrow">{resource.value.resourceType}</p>
      <Heading>{description.title}</Heading>
      {description.facts.length > 0 && (
        <dl className="facts facts-compact">
          {description.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {description.text && <pre className="note-text">{description.text}</pre>}
      <details className="raw-resource">
        <summary>The record entry as stored (FHIR JSON)</summary>
        <pre>{JSON.stringify(resource.value, null, 2)}</pre>
      </details>
      <p className="muted small">
        Reference <span className="mono">{reference}</span>
      </p>
    </article>
  );
}
