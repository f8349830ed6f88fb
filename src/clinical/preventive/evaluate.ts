import { behavioralRules } from './behavioral.ts';
import { Person } from './person.ts';
import { screeningRules } from './screenings.ts';
import type { PreventiveItem, PreventiveProfile } from './types.ts';
import { vaccineRules } from './vaccines.ts';

const rules = [...screeningRules, ...behavioralRules, ...vaccineRules];

/**
 * Every USPSTF grade A/B service and CDC adult vaccine Galen knows, evaluated for one person:
 * each with its status (due, overdue, up-to-date, not-applicable), why, when last done and next due,
 * the rule in words and its source. Not-applicable items are kept so the reason can be shown.
 */
export function evaluatePreventiveCare(profile: PreventiveProfile): PreventiveItem[] {
  const person = new Person(profile);
  return rules.map((rule) => rule(person));
}

/** Only the items that ask for action, overdue first. */
export function preventiveCareGaps(profile: PreventiveProfile): PreventiveItem[] {
  const order = { overdue: 0, due: 1, 'up-to-date': 2, 'not-applicable': 3 } as const;
  return evaluatePreventiveCare(profile)
    .filter((item) => item.status === 'due' || item.status === 'overdue')
    .sort((a, b) => order[a.status] - order[b.status]);
}
