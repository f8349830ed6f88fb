/**
 * The plain-language "what to do now" text for a triage result. Short sentences, everyday words,
 * the number to call first.
 */
import type { Rule } from './rules.ts';
import type { TriageLevel } from './types.ts';

export const phoneNumbers = {
  emergency: '911',
  crisisLine: '988',
  poisonControl: '1-800-222-1222',
} as const;

function listConcerns(rules: Rule[]): string {
  const concerns = [...new Set(rules.map((r) => r.concern))];
  if (concerns.length <= 1) return concerns[0] ?? '';
  return `${concerns.slice(0, -1).join(', ')} and ${concerns[concerns.length - 1]}`;
}

export function actionFor(level: TriageLevel, rules: Rule[]): string {
  const concerns = listConcerns(rules);
  const advice = rules.map((r) => r.advice).filter((a): a is string => a !== undefined);
  switch (level) {
    case 'emergency': {
      const parts: string[] = [];
      const suicide = rules.some((r) => r.kind === 'suicide');
      const poison = rules.some((r) => r.kind === 'poison');
      const general = rules.filter((r) => r.kind !== 'suicide' && r.kind !== 'poison');
      if (suicide)
        parts.push(
          `You deserve support right now. Call or text ${phoneNumbers.crisisLine} (the Suicide & Crisis Lifeline, free, any time) to talk with someone now. If you are in immediate danger or have already hurt yourself, call ${phoneNumbers.emergency}.`,
        );
      if (poison)
        parts.push(
          `Call ${phoneNumbers.emergency} now if the person is hard to wake, has a seizure or has trouble breathing. Otherwise call Poison Control right now at ${phoneNumbers.poisonControl} (free, 24 hours a day); they will tell you exactly what to do. Do not wait for symptoms.`,
        );
      if (general.length > 0 || parts.length === 0)
        parts.push(
          `This could be ${listConcerns(general.length > 0 ? general : rules) || 'an emergency'}. Call ${phoneNumbers.emergency} now, or go to the nearest emergency department if you can get there quickly and safely. Do not drive yourself, and do not wait to see if it gets better.`,
        );
      return parts.join(' ');
    }
    case 'urgent':
      return [
        `This needs to be checked today${concerns ? `: ${concerns}` : ''}. Contact your care team now, or go to an urgent care clinic if you cannot reach them today.`,
        ...advice,
        `If it gets worse, or you have trouble breathing, chest pain, fainting or confusion, call ${phoneNumbers.emergency}.`,
      ].join(' ');
    case 'routine':
      if (rules.length === 0)
        return `Nothing in your message points to an urgent problem. Your care team can help with this at a regular appointment. If you ever have warning signs such as chest pain, trouble breathing, or sudden weakness or confusion, call ${phoneNumbers.emergency}.`;
      return [
        `Make an appointment with your care team about ${concerns}; it does not need emergency care.`,
        ...advice,
        `Contact them sooner if it gets worse, and call ${phoneNumbers.emergency} for warning signs such as chest pain, trouble breathing, or sudden weakness.`,
      ].join(' ');
    case 'self-care':
      return [`This sounds like ${concerns}, which can usually be looked after at home.`, ...advice].join(' ');
  }
}
