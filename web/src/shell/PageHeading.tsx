import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * The page's h1. After an in-app navigation it takes focus, so keyboard and screen-reader users
 * start at the top of the new page instead of on a link that no longer exists.
 */
let firstPageShown = false;

export function PageHeading({ children, subtitle }: { children: ReactNode; subtitle?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {subtitle && <p className="page-subtitle">{subtitle}</p>}
    </div>
  );
}
