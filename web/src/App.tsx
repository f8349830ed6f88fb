import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SessionResponse } from '../../src/api/index.ts';
import { currentSession, isUnauthenticated, signOut } from './api/client.ts';
import { areaForRole, homePathForRole } from './api/roles.ts';
import { CalculatorsPage } from './clinic/CalculatorsPage.tsx';
import { ClinicHome } from './clinic/ClinicHome.tsx';
import { InBasketMessage } from './clinic/InBasketMessage.tsx';
import { InBasketPage } from './clinic/InBasketPage.tsx';
import { PatientChart } from './clinic/PatientChart.tsx';
import { PatientDirectory } from './clinic/PatientDirectory.tsx';
import { SourcePage } from './clinic/SourcePage.tsx';
import { ConsoleHome } from './console/ConsoleHome.tsx';
import { AssistantPage } from './portal/AssistantPage.tsx';
import { CarePage } from './portal/CarePage.tsx';
import { MessagesPage } from './portal/MessagesPage.tsx';
import { PortalHome } from './portal/PortalHome.tsx';
import { navigate, usePath } from './router/history.ts';
import { resolveRoute, signInPath } from './router/routes.ts';
import type { Page } from './router/routes.ts';
import { AppHeader } from './shell/AppHeader.tsx';
import { AreaNav } from './shell/AreaNav.tsx';
import { ErrorMessage, Loading, explainError } from './shell/feedback.tsx';
import { navigation } from './shell/navigation.ts';
import { NotFoundPage } from './shell/NotFoundPage.tsx';
import { SessionContext } from './shell/session.tsx';
import type { SessionValue } from './shell/session.tsx';
import { SignInPage } from './shell/SignInPage.tsx';

type ShellState =
  | { status: 'checking' }
  | { status: 'signed-out'; notice?: string }
  | { status: 'signed-in'; session: SessionResponse }
  | { status: 'unavailable'; error: Error };

/** The shell: finds out who is signed in, routes to their area, and handles sign-in and sign-out. */
export function App() {
  const [state, setState] = useState<ShellState>({ status: 'checking' });
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<Error | null>(null);
  const path = usePath();

  const checkSession = useCallback(() => {
    setState({ status: 'checking' });
    currentSession().then(
      (session) => setState(session ? { status: 'signed-in', session } : { status: 'signed-out' }),
      (error: unknown) => setState({ status: 'unavailable', error: error instanceof Error ? error : new Error(String(error)) }),
    );
  }, []);

  useEffect(checkSession, [checkSession]);

  const session = state.status === 'signed-in' ? state.session : null;
  const route = state.status === 'signed-in' || state.status === 'signed-out' ? resolveRoute(path, session) : null;

  const redirectTo = route?.kind === 'redirect' ? route.to : null;
  useEffect(() => {
    if (redirectTo) navigate(redirectTo, { replace: true });
  }, [redirectTo]);

  const expire = useCallback(() => {
    setState({ status: 'signed-out', notice: 'Your session has ended. Please sign in again.' });
  }, []);

  const sessionValue = useMemo<SessionValue | null>(() => (session ? { session, expire } : null), [session, expire]);

  function handleSignedIn(signedIn: SessionResponse) {
    setState({ status: 'signed-in', session: signedIn });
    navigate(homePathForRole(signedIn.user.role), { replace: true });
  }

  async function handleSignOut() {
    setSigningOut(true);
    setSignOutError(null);
    try {
      await signOut();
    } catch (error) {
      // A 401 means the session was already gone, which is what signing out wants.
      if (!isUnauthenticated(error)) {
        setSignOutError(error instanceof Error ? error : new Error(String(error)));
        setSigningOut(false);
        return;
      }
    }
    setSigningOut(false);
    setState({ status: 'signed-out', notice: 'You have signed out.' });
    navigate(signInPath, { replace: true });
  }

  if (state.status === 'checking') {
    return (
      <main id="main" className="centered">
        <Loading label="Opening Galen…" />
      </main>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <main id="main" className="centered">
        <ErrorMessage title="Galen is not available right now.">
          <p>{explainError(state.error)}</p>
          <button type="button" className="button button-primary" onClick={checkSession}>
            Try again
          </button>
        </ErrorMessage>
      </main>
    );
  }
  if (!route || route.kind === 'redirect') return null;
  if (route.page.name === 'sign-in' || !sessionValue) {
    return <SignInPage notice={state.status === 'signed-out' ? state.notice : undefined} onSignedIn={handleSignedIn} />;
  }

  return (
    <SessionContext.Provider value={sessionValue}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader session={sessionValue.session} signingOut={signingOut} onSignOut={handleSignOut} />
      {navigation[areaForRole(sessionValue.session.user.role)].items.length > 0 && (
        <AreaNav {...navigation[areaForRole(sessionValue.session.user.role)]} />
      )}
      <main id="main" className="page" tabIndex={-1}>
        {signOutError && <ErrorMessage title="Sign-out did not complete." error={signOutError} />}
        <PageView key={path} page={route.page} />
      </main>
    </SessionContext.Provider>
  );
}

function PageView({ page }: { page: Page }) {
  switch (page.name) {
    case 'portal-home':
      return <PortalHome />;
    case 'portal-assistant':
      return <AssistantPage />;
    case 'portal-care':
      return <CarePage />;
    case 'portal-messages':
      return <MessagesPage />;
    case 'clinic-home':
      return <ClinicHome />;
    case 'clinic-directory':
      return <PatientDirectory />;
    case 'clinic-patient':
      return <PatientChart patientId={page.patientId} />;
    case 'clinic-calculators':
      return <CalculatorsPage patientId={page.patientId} />;
    case 'clinic-inbasket':
      return <InBasketPage />;
    case 'clinic-message':
      return <InBasketMessage messageId={page.messageId} />;
    case 'clinic-source':
      return <SourcePage reference={page.reference} />;
    case 'console-home':
      return <ConsoleHome />;
    case 'sign-in':
    case 'not-found':
      return <NotFoundPage />;
  }
}
