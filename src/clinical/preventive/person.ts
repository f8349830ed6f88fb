import { addDays, addMonths, addYears, ageOn, formatDate, parseDate } from './dates.ts';
import * as codes from './codes.ts';
import { matchesNormalized, normalizeCoding, type CodeSet, type NormalizedCode } from './codes.ts';

/**
 * Reverse index from an exact code to the code sets that hold it, built once, so a person's
 * history is sorted into sets in one pass instead of testing every entry against every set.
 * (ICD-10 prefix entries are for conditions, which are matched directly.)
 */
let reverseIndex: Map<string, CodeSet[]> | undefined;
function setsHolding(coding: NormalizedCode): CodeSet[] {
  if (!reverseIndex) {
    reverseIndex = new Map();
    const add = (key: string, set: CodeSet) => {
      const sets = reverseIndex!.get(key) ?? [];
      if (!sets.includes(set)) sets.push(set);
      reverseIndex!.set(key, sets);
    };
    for (const value of Object.values(codes)) {
      if (!Array.isArray(value)) continue;
      const set = value as CodeSet;
      for (const entry of set) {
        if (entry.system === 'icd10') continue;
        add(`${entry.system}|${entry.code.toUpperCase()}`, set);
        add(`*|${entry.code.toUpperCase()}`, set);
      }
    }
  }
  if (coding.system === null) return [];
  return reverseIndex.get(`${coding.system ?? '*'}|${coding.code}`) ?? [];
}
import type { DatedCoding, PreventiveItem, PreventiveProfile, PreventiveStatus } from './types.ts';

/** The profile with the questions rules ask of it answered once: age, conditions, dated events. */
export class Person {
  readonly asOf: Date;
  readonly birth: Date;
  readonly age: number;
  readonly sex: 'female' | 'male';

  /** Record entries up to the evaluation date, dates parsed once, most recent first. */
  private readonly history: { coding: NormalizedCode; date: Date }[];
  private readonly conditions: NormalizedCode[];
  private readonly medications: NormalizedCode[];
  /** History dates per code set, most recent first. */
  private readonly datesBySet = new Map<CodeSet, Date[]>();

  constructor(readonly profile: PreventiveProfile) {
    this.asOf = profile.asOf ? parseDate(profile.asOf, 'asOf') : parseDate(new Date().toISOString(), 'asOf');
    this.birth = parseDate(profile.birthDate, 'birthDate');
    this.age = ageOn(this.birth, this.asOf);
    this.sex = profile.sex;
    this.history = (profile.history ?? [])
      .map((entry: DatedCoding) => ({ coding: normalizeCoding(entry), date: parseDate(entry.date, 'history.date') }))
      .filter(({ date }) => date.getTime() <= this.asOf.getTime())
      .sort((a, b) => b.date.getTime() - a.date.getTime());
    for (const { coding, date } of this.history) {
      for (const set of setsHolding(coding)) {
        const dates = this.datesBySet.get(set) ?? [];
        dates.push(date);
        this.datesBySet.set(set, dates);
      }
    }
    this.conditions = (profile.conditions ?? []).map(normalizeCoding);
    this.medications = (profile.medications ?? []).map(normalizeCoding);
  }

  hasCondition(set: CodeSet): boolean {
    return this.conditions.some((coding) => matchesNormalized(set, coding));
  }

  takes(set: CodeSet): boolean {
    return this.medications.some((coding) => matchesNormalized(set, coding));
  }

  hasRisk(factor: NonNullable<PreventiveProfile['riskFactors']>[number]): boolean {
    return (this.profile.riskFactors ?? []).includes(factor);
  }

  /** Dates of matching record entries on or before the evaluation date, most recent first. */
  events(...sets: CodeSet[]): Date[] {
    if (sets.length === 1) return this.datesBySet.get(sets[0]) ?? [];
    return sets.flatMap((set) => this.datesBySet.get(set) ?? []).sort((a, b) => b.getTime() - a.getTime());
  }

  last(...sets: CodeSet[]): Date | undefined {
    return this.events(...sets)[0];
  }

  ageOn(date: Date): number {
    return ageOn(this.birth, date);
  }

  /** The day the person reached an age: when an age-based service first became due. */
  birthdayAt(age: number): Date {
    return addYears(this.birth, age);
  }

  get currentSmoker(): boolean {
    return this.profile.smoking?.status === 'current';
  }

  get everSmoked(): boolean {
    return this.profile.smoking?.status === 'current' || this.profile.smoking?.status === 'former';
  }
}

/** The parts of an item that do not depend on the person: what the service is, the rule, its source. */
export type RuleMeta = Pick<PreventiveItem, 'id' | 'service' | 'kind' | 'rule' | 'source'>;

export function notApplicable(meta: RuleMeta, reason: string, lastDone?: Date): PreventiveItem {
  return { ...meta, status: 'not-applicable', reason, lastDone: lastDone ? formatDate(lastDone) : null, nextDue: null };
}

export interface Timing {
  lastDone?: Date;
  /** Months between repeats; null for a one-time service. */
  intervalMonths: number | null;
  /** When the person first became due if never done (the birthday at the start age, or today for risk-based rules). */
  dueFrom: Date;
  /** How long past due before "due" becomes "overdue" (default one year). */
  graceDays?: number;
}

/**
 * Due / overdue / up-to-date from the last time it was done: up to date until the next due date;
 * due from then on; overdue once past due by more than the grace period.
 */
export function timed(person: Person, meta: RuleMeta, timing: Timing, reasons: { due: string; upToDate: string }): PreventiveItem {
  const { lastDone, intervalMonths, dueFrom } = timing;
  if (lastDone && intervalMonths === null) {
    return { ...meta, status: 'up-to-date', reason: reasons.upToDate, lastDone: formatDate(lastDone), nextDue: null };
  }
  let nextDue = lastDone && intervalMonths !== null ? addMonths(lastDone, intervalMonths) : dueFrom;
  // An age-based start (a past birthday) also bounds a repeat: a test done before the start age
  // does not make the person due before it. Risk-based rules pass today and are not bounded.
  if (dueFrom.getTime() < person.asOf.getTime() && nextDue.getTime() < dueFrom.getTime()) nextDue = dueFrom;
  let status: PreventiveStatus;
  if (lastDone && nextDue.getTime() > person.asOf.getTime()) status = 'up-to-date';
  else if (person.asOf.getTime() > addDays(nextDue, timing.graceDays ?? 365).getTime()) status = 'overdue';
  else status = 'due';
  return {
    ...meta, status, reason: status === 'up-to-date' ? reasons.upToDate : reasons.due,
    lastDone: lastDone ? formatDate(lastDone) : null, nextDue: formatDate(nextDue),
  };
}

export function latest(...dates: (Date | undefined)[]): Date | undefined {
  return dates.filter((d): d is Date => d !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];
}

/**
 * Services due once in each pregnancy. The record rarely holds the pregnancy's start, so anything
 * done in the last 9 months counts as this pregnancy; otherwise it is due now (never "overdue").
 */
export function thisPregnancy(person: Person, meta: RuleMeta, lastDone: Date | undefined, reasons: { due: string; upToDate: string }): PreventiveItem {
  const inPregnancy = lastDone !== undefined && addMonths(lastDone, 9).getTime() > person.asOf.getTime();
  return {
    ...meta, status: inPregnancy ? 'up-to-date' : 'due', reason: inPregnancy ? reasons.upToDate : reasons.due,
    lastDone: lastDone ? formatDate(lastDone) : null, nextDue: inPregnancy ? null : formatDate(person.asOf),
  };
}
