import type { SessionResponse } from '../../../src/api/index.ts';
import { homePathForRole, roleLabel } from '../api/roles.ts';
import { Link } from '../router/Link.tsx';

/** The bar on every signed-in page: who is signed in, for which institution, and the way out. */
export function AppHeader({ session, signingOut, onSignOut }: { session: SessionResponse; signingOut: boolean; onSignOut(): void }) {
  const { user, institution } = session;
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to={homePathForRole(user.role)} className="brand" aria-label={`Galen home, ${institution.name}`}>
          <span className="brand-mark" aria-hidden="true">+</span>
          <span className="brand-text">
            <span className="brand-name">Galen</span>
            <span className="brand-institution">{institution.name}</span>
          </span>
        </Link>
        <p className="session-summary">
          <span className="visually-hidden">Signed in as </span>
          <span className="session-name">{user.name}</span>
          <span className="visually-hidden">, </span>
          <span className="badge badge-role">{roleLabel(user.role)}</span>
        </p>
        <button type="button" className="button button-quiet" onClick={onSignOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </header>
  );
}
