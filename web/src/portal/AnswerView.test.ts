import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AssistantAnswer } from '../api/portal.ts';
import { AnswerView } from './AnswerView.tsx';
import { emergencyNumbers, refusalHeading } from './triage.ts';

const notice = 'This answer was written by an AI assistant.';

function answer(overrides: Partial<AssistantAnswer>): AssistantAnswer {
  return {
    conversationId: 'c1',
    triage: { level: 'routine', reasons: [], action: 'Make an appointment if this goes on.' },
    answer: '',
    sentences: [],
    citations: [],
    refused: null,
    followUpQuestions: [],
    unsupported: [],
    suggestHandoff: false,
    notice,
    version: 'test',
    ...overrides,
  };
}

function render(value: AssistantAnswer): string {
  return renderToStaticMarkup(createElement(AnswerView, { answer: value, onOpenCitation: () => undefined, focusOnMount: true }));
}

describe('AnswerView', () => {
  it('shows an emergency as an alert with its action and a tap-to-call link, without repeating it', () => {
    const action = 'Call 911 now. Do not drive yourself.';
    const html = render(answer({ triage: { level: 'emergency', reasons: [], action }, answer: action }));
    expect(html).toMatch(/<div class="triage triage-emergency" role="alert" tabindex="-1">/);
    expect(html).toContain('This may be an emergency');
    expect(html).toContain('href="tel:911"');
    expect(html.split(action)).toHaveLength(2);
    expect(html).toContain(notice);
  });

  it('numbers each cited sentence with a button naming its source, and lists the sources', () => {
    const html = render(
      answer({
        sentences: [{ text: 'Blood pressure is the force of blood on the artery walls.', citations: [1] }],
        citations: [{ n: 1, kind: 'knowledge', id: 'hypertension#what-1', title: 'High blood pressure', section: 'What it is', articleId: 'hypertension' }],
      }),
    );
    expect(html).toContain('aria-label="Source 1: High blood pressure — What it is"');
    expect(html).toContain('Sources');
    expect(html).toContain('Health information');
    expect(html).toContain(notice);
  });

  it('explains a refusal kindly and still shows the AI notice', () => {
    const message = 'Changing a medicine is a decision for your care team.';
    const html = render(answer({ refused: { reason: 'medication-change', message }, answer: message }));
    expect(html).toContain(refusalHeading('medication-change'));
    expect(html).toContain(message);
    expect(html).toContain(notice);
    expect(html).not.toContain('role="alert"');
  });

  it('asks the questions that decide the level, and marks urgent answers amber', () => {
    const html = render(answer({ triage: { level: 'urgent', reasons: [], action: 'Contact your care team today.' }, followUpQuestions: ['Is the pain spreading to your arm?'] }));
    expect(html).toContain('triage-urgent');
    expect(html).toContain('To help decide, please tell me:');
    expect(html).toContain('Is the pain spreading to your arm?');
  });
});

describe('emergencyNumbers', () => {
  it('offers the numbers the action names', () => {
    expect(emergencyNumbers('Call 911 now.').map((number) => number.tel)).toEqual(['911']);
    expect(emergencyNumbers('Call or text 988, or call 911.').map((number) => number.tel)).toEqual(['911', '988']);
    expect(emergencyNumbers('Call Poison Control at 1-800-222-1222.').map((number) => number.tel)).toEqual(['18002221222']);
    expect(emergencyNumbers('Rest and drink fluids.')).toEqual([]);
  });
});
