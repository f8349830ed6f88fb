import { Link } from '../router/Link.tsx';
import { usePath } from '../router/history.ts';

export interface NavItem {
  to: string;
  label: string;
  /** Also the current item for addresses under `to` (e.g. a message under the in-basket). */
  prefix?: boolean;
}

/** The sections of one area, with the current one marked for screen readers (aria-current). */
export function AreaNav({ label, items }: { label: string; items: NavItem[] }) {
  const path = usePath();
  return (
    <nav className="area-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          const current = path === item.to || (item.prefix === true && path.startsWith(`${item.to}/`));
          return (
            <li key={item.to}>
              <Link to={item.to} aria-current={current ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
