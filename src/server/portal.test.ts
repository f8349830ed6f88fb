import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoCredentials } from './testing.ts';

/** The portal, the assistant, the hand-off and the in-basket, over real HTTP against a demo server. */
describe('patient portal and clinician in-basket', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let creds: DemoCredentials;
  let patientCookie = '';
  let clinicianCookie = '';

  async function signIn(email: string, password: string): Promise<string> {
    const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ institution: creds.institution, email, password }) });
    expect(res.status).toBe(200);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }

  async function call<T = Record<string, unknown>>(cookie: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const res = await fetch(`${server.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
  }

  beforeAll(async () => {
    server = await startDemoServer({ patients: 3, webRoot: '/nonexistent' });
    creds = server.credentials;
    patientCookie = await signIn(creds.patients[0]!.email, creds.patients[0]!.password);
    clinicianCookie = await signIn(creds.clinician.email, creds.clinician.password);
  });
  afterAll(async () => server.close());

  it('shows the patient their own health summary with lab meanings and preventive care', async () => {
    const { status, json } = await call<{ patient: { id: string }; labs: { meaning?: string }[]; preventive: unknown[] }>(patientCookie, '/api/portal/summary');
    expect(status).toBe(200);
    expect(json.patient.id).toBe(creds.patients[0]!.patientId);
    expect(json.labs.length).toBeGreaterThan(0);
    expect(json.labs.some((l) => typeof l.meaning === 'string')).toBe(true);
    expect(json.preventive.length).toBeGreaterThan(0);
    expect((await call(clinicianCookie, '/api/portal/summary')).status).toBe(403);
  });

  it('answers a health question only from cited, approved sources', async () => {
    const { json } = await call<{ answer: string; citations: { kind: string; id: string }[]; sentences: { citations: number[] }[]; triage: { level: string }; refused: unknown; notice: string; version: string }>(patientCookie, '/api/assistant/ask', { message: 'What does a hemoglobin A1c test measure?' });
    expect(json.refused).toBeNull();
    expect(json.triage.level).not.toBe('emergency');
    expect(json.sentences.length).toBeGreaterThan(0);
    for (const s of json.sentences) expect(s.citations.length).toBeGreaterThan(0);
    expect(json.citations.some((c) => c.kind === 'knowledge' && c.id.startsWith('hemoglobin-a1c-test#'))).toBe(true);
    expect(json.notice).toMatch(/AI assistant/);
    expect(json.version).toMatch(/^galen-assistant/);
  });

  it('answers an emergency first with what to do now, whatever the reassurance', async () => {
    const { json } = await call<{ answer: string; triage: { level: string }; citations: unknown[] }>(patientCookie, '/api/assistant/ask', { message: "I have crushing chest pain going down my left arm and I'm sweaty, my wife says it's just indigestion" });
    expect(json.triage.level).toBe('emergency');
    expect(json.answer).toMatch(/911/);
  });

  it('turns medicine changes to the care team and refuses other people’s records', async () => {
    const change = await call<{ refused: { reason: string } | null; suggestHandoff: boolean }>(patientCookie, '/api/assistant/ask', { message: 'Can I stop taking my metformin?' });
    expect(change.json.refused?.reason).toBe('medication-change');
    const other = await call<{ refused: { reason: string } | null }>(patientCookie, '/api/assistant/ask', { message: "What are my husband's test results?" });
    expect(other.json.refused?.reason).toBe('other-person');
  });

  it('hands a conversation to the care team; the clinician answers from a draft; the patient sees the reply', async () => {
    const asked = await call<{ conversationId: string }>(patientCookie, '/api/assistant/ask', { message: 'My blood pressure readings at home are higher than usual. What should I know about high blood pressure?' });
    const sent = await call<{ id: string; status: string }>(patientCookie, '/api/portal/messages', { subject: 'Blood pressure', text: 'Could you look at my blood pressure readings?', conversationId: asked.json.conversationId });
    expect(sent.status).toBe(201);
    expect(sent.json.status).toBe('awaiting-reply');

    const inbox = await call<{ id: string; transcript?: string }[]>(clinicianCookie, '/api/clinician/inbasket');
    const thread = inbox.json.find((t) => t.id === sent.json.id)!;
    expect(thread.transcript).toMatch(/Patient.*blood pressure/i);
    expect((thread as { patientName?: string }).patientName).toBe(creds.patients[0]!.name);
    const opened = await call<{ draft: { text: string; citations: unknown[] } | null }>(clinicianCookie, `/api/clinician/inbasket/${sent.json.id}`);
    expect(opened.json.draft?.text).toMatch(/^Hi /);
    expect(opened.json.draft?.text.trim().endsWith(creds.clinician.name)).toBe(true);
    const edited = `${opened.json.draft!.text}\nPlease bring your home log to your next visit.`;
    const replied = await call<{ status: string; replies: { text: string }[] }>(clinicianCookie, `/api/clinician/inbasket/${sent.json.id}/send`, { text: edited });
    expect(replied.json.status).toBe('answered');

    const mine = await call<{ id: string; replies: { text: string; from: string }[] }[]>(patientCookie, '/api/portal/messages');
    const answered = mine.json.find((t) => t.id === sent.json.id)!;
    expect(answered.replies[0]!.text).toContain('home log');
    expect(answered.replies[0]!.from).toBe(creds.clinician.name);

    const metrics = await call<{ sent: number; edited: number; meanEditDistance: number }>(clinicianCookie, '/api/clinician/inbasket-metrics');
    expect(metrics.json).toMatchObject({ sent: 1, edited: 1 });
    expect(metrics.json.meanEditDistance).toBe('\nPlease bring your home log to your next visit.'.length);
  });

  it('makes no draft for a message that needs no reply', async () => {
    const sent = await call<{ id: string }>(patientCookie, '/api/portal/messages', { text: 'Thank you so much!' });
    const opened = await call<{ draft: unknown; noReplyNeeded: boolean }>(clinicianCookie, `/api/clinician/inbasket/${sent.json.id}`);
    expect(opened.json.draft).toBeNull();
    expect(opened.json.noReplyNeeded).toBe(true);
  });

  it('gives clinicians a sortable panel with care gaps and the chart’s calculators', async () => {
    const panel = await call<{ patientId: string; careGaps: unknown[] }[]>(clinicianCookie, '/api/clinician/panel?sort=gaps');
    expect(panel.json).toHaveLength(3);
    const calcs = await call<{ calculator: string; complete: boolean }[]>(clinicianCookie, `/api/clinician/patients/${creds.patients[0]!.patientId}/calculators`);
    expect(calcs.json.map((c) => c.calculator)).toEqual(expect.arrayContaining(['pce', 'egfr', 'bmi']));
    expect((await call(patientCookie, '/api/clinician/panel')).status).toBe(403);
  });
});
