import * as codes from './codes.ts';
import { formatDate } from './dates.ts';
import { notApplicable, timed, type Person, type RuleMeta } from './person.ts';
import { sources } from './sources.ts';
import type { PreventiveItem } from './types.ts';

/**
 * Screening and counselling for mental health and behaviour. The Task Force sets no interval for
 * these; Galen shows them due yearly, as most practices do at the annual visit.
 */

const depressionMeta: RuleMeta = {
  id: 'depression-screening', service: 'Depression screening', kind: 'screening', source: sources.depression,
  rule: 'All adults, including pregnant and postpartum people, should be screened for depression (for example with the PHQ-2 or PHQ-9) (USPSTF 2023). Galen shows it due once a year.',
};

export function depressionScreening(p: Person): PreventiveItem {
  const last = p.last(codes.depressionScreen);
  if (p.age < 18) return notApplicable(depressionMeta, `Adult recommendation (adolescents 12–18 have their own); age ${p.age}.`, last);
  if (p.hasCondition(codes.depression)) return notApplicable(depressionMeta, 'Depression is already diagnosed: symptoms are followed as part of its care.', last);
  return timed(p, depressionMeta, { lastDone: last, intervalMonths: 12, dueFrom: p.birthdayAt(18), graceDays: 182 }, {
    due: last ? 'No depression screen in the last year.' : 'No depression screen in the record.', upToDate: 'Screened for depression within the last year.',
  });
}

const anxietyMeta: RuleMeta = {
  id: 'anxiety-screening', service: 'Anxiety screening', kind: 'screening', source: sources.anxiety,
  rule: 'Adults 64 and younger, including pregnant and postpartum people, should be screened for anxiety disorders (for example with the GAD-7) (USPSTF 2023). Galen shows it due once a year.',
};

export function anxietyScreening(p: Person): PreventiveItem {
  const last = p.last(codes.anxietyScreen);
  if (p.age < 18 || p.age > 64) return notApplicable(anxietyMeta, `Applies to adults 64 and younger; age ${p.age}.`, last);
  if (p.hasCondition(codes.anxietyDisorder)) return notApplicable(anxietyMeta, 'An anxiety disorder is already diagnosed.', last);
  return timed(p, anxietyMeta, { lastDone: last, intervalMonths: 12, dueFrom: p.birthdayAt(18), graceDays: 182 }, {
    due: last ? 'No anxiety screen in the last year.' : 'No anxiety screen in the record.', upToDate: 'Screened for anxiety within the last year.',
  });
}

const alcoholMeta: RuleMeta = {
  id: 'unhealthy-alcohol-use-screening', service: 'Unhealthy alcohol use screening and counselling', kind: 'counseling', source: sources.alcohol,
  rule: 'Adults 18 and older should be screened for unhealthy alcohol use (for example with AUDIT-C), and those who drink riskily offered brief counselling (USPSTF 2018). Galen shows it due once a year.',
};

export function alcoholScreening(p: Person): PreventiveItem {
  const last = p.last(codes.alcoholScreen);
  if (p.age < 18) return notApplicable(alcoholMeta, `Adult recommendation; age ${p.age}.`, last);
  return timed(p, alcoholMeta, { lastDone: last, intervalMonths: 12, dueFrom: p.birthdayAt(18), graceDays: 182 }, {
    due: last ? 'No alcohol screen in the last year.' : 'No alcohol screen in the record.', upToDate: 'Screened for alcohol use within the last year.',
  });
}

const tobaccoMeta: RuleMeta = {
  id: 'tobacco-cessation', service: 'Tobacco use: ask, advise and help to quit', kind: 'counseling', source: sources.tobacco,
  rule: 'Ask every adult about tobacco use; advise those who smoke to stop and offer behavioural support and FDA-approved medicines; offer pregnant people who smoke behavioural support (USPSTF 2021).',
};

export function tobaccoCessation(p: Person): PreventiveItem {
  if (p.age < 18) return notApplicable(tobaccoMeta, `Adult recommendation; age ${p.age}.`);
  const smoking = p.profile.smoking;
  const lastAsked = p.last(codes.tobaccoAssessment);
  if (!smoking) {
    return { ...tobaccoMeta, status: 'due', reason: 'Tobacco use is not recorded: ask about it.', lastDone: lastAsked ? formatDate(lastAsked) : null, nextDue: formatDate(p.asOf) };
  }
  if (smoking.status !== 'current') {
    return { ...tobaccoMeta, status: 'up-to-date', reason: `Asked: ${smoking.status} smoker, not a current tobacco user.`, lastDone: lastAsked ? formatDate(lastAsked) : null, nextDue: null };
  }
  const lastCounselled = p.last(codes.tobaccoCounseling);
  return timed(p, tobaccoMeta, { lastDone: lastCounselled, intervalMonths: 12, dueFrom: p.asOf, graceDays: 182 }, {
    due: 'Currently smokes and no cessation counselling in the last year.', upToDate: 'Currently smokes; cessation counselling given within the last year.',
  });
}

const obesityMeta: RuleMeta = {
  id: 'obesity-behavioral-intervention', service: 'Weight loss support for obesity', kind: 'counseling', source: sources.obesity,
  rule: 'Adults with a BMI of 30 or more should be offered or referred to intensive, multicomponent behavioural weight-loss programmes (USPSTF 2018).',
};

export function obesityIntervention(p: Person): PreventiveItem {
  if (p.age < 18) return notApplicable(obesityMeta, `Adult recommendation; age ${p.age}.`);
  const bmi = p.profile.bmi;
  const last = p.last(codes.obesityIntervention);
  if (bmi === undefined) return { ...obesityMeta, status: 'due', reason: 'BMI is not recorded: measure height and weight.', lastDone: last ? formatDate(last) : null, nextDue: formatDate(p.asOf) };
  if (bmi < 30) return notApplicable(obesityMeta, `BMI ${bmi} is below 30.`, last);
  return timed(p, obesityMeta, { lastDone: last, intervalMonths: 12, dueFrom: p.asOf, graceDays: 182 }, {
    due: `BMI ${bmi}: no weight-loss programme or counselling recorded in the last year.`, upToDate: `BMI ${bmi}: weight-loss support within the last year.`,
  });
}

export const behavioralRules = [depressionScreening, anxietyScreening, alcoholScreening, tobaccoCessation, obesityIntervention];
