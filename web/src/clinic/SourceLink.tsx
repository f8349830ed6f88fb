import type { ReactNode } from 'react';
import { Link } from '../router/Link.tsx';
import { sourcePath } from '../router/routes.ts';

/** A chart statement that opens the FHIR resource it came from. */
export function SourceLink({ source, children, className }: { source: string; children: ReactNode; className?: string }) {
  const type = source.split('/')[0];
  return (
    <Link to={sourcePath(source)} className={className ? `source-link ${className}` : 'source-link'} title={`Open ${type} in the record`}>
      {children}
    </Link>
  );
}
