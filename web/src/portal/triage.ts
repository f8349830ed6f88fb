import type { AssistantAnswer, TriageLevel } from '../api/portal.ts';

/** How each triage level is announced, and the phone numbers its action text asks the patient to call. */
export const triageHeadings: Record<TriageLevel, string> = {
  emergency: 'This may be an emergency',
  urgent: 'Contact your care team today',
  routine: 'Make an appointment if you need one',
  'self-care': 'You can likely care for this at home',
};

export interface EmergencyNumber {
  label: string;
  tel: string;
}

/** The numbers named in an action, so each becomes a tap-to-call link on a phone. */
export function emergencyNumbers(action: string): EmergencyNumber[] {
  const numbers: EmergencyNumber[] = [];
  if (/\b911\b/.test(action)) numbers.push({ label: 'Call 911', tel: '911' });
  if (/\b988\b/.test(action)) numbers.push({ label: 'Call or text 988', tel: '988' });
  if (/poison/i.test(action)) numbers.push({ label: 'Call Poison Control 1-800-222-1222', tel: '18002221222' });
  return numbers;
}

const refusalHeadings: Record<NonNullable<AssistantAnswer['refused']>['reason'], string> = {
  'out-of-scope': 'This is outside what I can help with',
  'medication-change': 'Changes to medicines are for your care team',
  'other-person': 'I can only talk about your own record',
  manipulation: 'I can only work the way your clinic set me up',
};

export function refusalHeading(reason: NonNullable<AssistantAnswer['refused']>['reason']): string {
  return refusalHeadings[reason] ?? 'I could not answer this';
}
