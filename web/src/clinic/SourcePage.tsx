import { ResourceView } from '../fhir/ResourceView.tsx';
import { Link } from '../router/Link.tsx';
import { PageHeading } from '../shell/PageHeading.tsx';
import { useDocumentTitle } from '../shell/useAsync.ts';

/** The record entry a chart statement came from, read from FHIR. */
export function SourcePage({ reference }: { reference: string }) {
  useDocumentTitle(reference);
  return (
    <>
      <p className="breadcrumb">
        <button type="button" className="link-button" onClick={() => window.history.back()}>
          ← Back
        </button>{' '}
        · <Link to="/clinic">Panel</Link>
      </p>
      <PageHeading subtitle={<span className="mono">{reference}</span>}>Record entry</PageHeading>
      <section className="card">
        <ResourceView reference={reference} />
      </section>
    </>
  );
}
