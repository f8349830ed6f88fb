import { createContext, useContext } from 'react';
import type { SessionResponse } from '../../../src/api/index.ts';

/** The signed-in session, and the way any page reports that the server no longer accepts it. */
export interface SessionValue {
  session: SessionResponse;
  /** Called when an API call answers 401: the cookie expired or was revoked. */
  expire(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() used outside a signed-in page');
  return value;
}
