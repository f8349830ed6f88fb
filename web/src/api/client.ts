import type { Bundle, OperationOutcome, Patient, Resource } from '@medplum/fhirtypes';
import type { LoginRequest, Problem, SessionResponse } from '../../../src/api/index.ts';

/**
 * The browser's only way to the server. Everything is same-origin (the server serves the app,
 * `/api` and `/fhir/R4`), and the session lives in an HTTP-only cookie the browser sends itself.
 */

/** A failed request, with the server's explanation when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;

  constructor(status: number, title: string, detail?: string) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

/** Status used when the server could not be reached at all. */
export const networkFailure = 0;

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** Turns an error response (problem+json, a FHIR OperationOutcome, or anything else) into an ApiError. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const fallbackTitle = response.statusText || `HTTP ${response.status}`;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ApiError(response.status, fallbackTitle);
  }
  return errorFromBody(response.status, fallbackTitle, body);
}

export function errorFromBody(status: number, fallbackTitle: string, body: unknown): ApiError {
  if (isRecord(body) && body.resourceType === 'OperationOutcome') {
    const outcome = body as unknown as OperationOutcome;
    const detail = outcome.issue
      ?.map((issue) => issue.diagnostics ?? issue.details?.text)
      .filter((text): text is string => Boolean(text))
      .join('; ');
    return new ApiError(status, fallbackTitle, detail || undefined);
  }
  if (isRecord(body) && typeof body.title === 'string') {
    const problem = body as Partial<Problem>;
    return new ApiError(status, problem.title ?? fallbackTitle, typeof problem.detail === 'string' ? problem.detail : undefined);
  }
  return new ApiError(status, fallbackTitle);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json, application/fhir+json, application/problem+json', ...init.headers },
    });
  } catch {
    throw new ApiError(networkFailure, 'Network error', 'The Galen server could not be reached.');
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

export async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await request(path, init);
  return (await response.json()) as T;
}

/** POSTs a JSON body and reads the JSON answer. */
export function postJson<T>(path: string, body: unknown): Promise<T> {
  return requestJson<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** POSTs with no body to read back (the server answers 204). */
export async function postEmpty(path: string): Promise<void> {
  await request(path, { method: 'POST' });
}

export function signIn(credentials: LoginRequest): Promise<SessionResponse> {
  return requestJson<SessionResponse>('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
}

/** The current session, or null when nobody is signed in. */
export async function currentSession(): Promise<SessionResponse | null> {
  try {
    return await requestJson<SessionResponse>('/api/auth/me');
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}

export async function signOut(): Promise<void> {
  await request('/api/auth/logout', { method: 'POST' });
}

export const fhirBase = '/fhir/R4';

export function readPatient(id: string): Promise<Patient> {
  return requestJson<Patient>(`${fhirBase}/Patient/${encodeURIComponent(id)}`);
}

export interface PatientSearch {
  count: number;
  sort: string;
}

export function searchPatients({ count, sort }: PatientSearch): Promise<Bundle<Patient>> {
  const query = new URLSearchParams({ _count: String(count), _sort: sort });
  return requestJson<Bundle<Patient>>(`${fhirBase}/Patient?${query}`);
}

/**
 * Follows a paging link of a searchset Bundle. The server may write absolute links; only the path
 * and query are kept so the request stays on this origin.
 */
export function followBundleLink<T extends Resource>(url: string): Promise<Bundle<T>> {
  const link = new URL(url, window.location.origin);
  return requestJson<Bundle<T>>(`${link.pathname}${link.search}`);
}

/** Reads one FHIR resource by its "Type/id" reference, as every chart statement names its source. */
export function readReference(reference: string): Promise<Resource> {
  const [type, id] = reference.split('/');
  return requestJson<Resource>(`${fhirBase}/${encodeURIComponent(type)}/${encodeURIComponent(id ?? '')}`);
}

export function patientEverything(id: string): Promise<Bundle> {
  return requestJson<Bundle>(`${fhirBase}/Patient/${encodeURIComponent(id)}/$everything`);
}
