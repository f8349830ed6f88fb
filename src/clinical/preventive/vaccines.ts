import * as codes from './codes.ts';
import { addMonths, addYears, formatDate } from './dates.ts';
import { notApplicable, thisPregnancy, timed, type Person, type RuleMeta } from './person.ts';
import { sources } from './sources.ts';
import type { PreventiveItem } from './types.ts';

/** CDC adult immunization schedule (ages 19 and older), one function per vaccine. */

const adultOnly = (p: Person, meta: RuleMeta): PreventiveItem | undefined =>
  p.age < 19 ? notApplicable(meta, `The child and adolescent schedule applies below 19; age ${p.age}.`) : undefined;

/** Respiratory-virus seasons start on 1 August, when the new season's vaccines ship. */
function seasonStart(date: Date): Date {
  const year = date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 7, 1));
}

const influenzaMeta: RuleMeta = {
  id: 'influenza-vaccine', service: 'Influenza vaccine', kind: 'immunization', source: sources.adultSchedule,
  rule: 'Everyone 6 months and older should get a flu vaccine every season, ideally by the end of October (CDC 2024). Adults 65 and older should get a high-dose, adjuvanted or recombinant vaccine.',
};

export function influenzaVaccine(p: Person): PreventiveItem {
  const notAdult = adultOnly(p, influenzaMeta);
  if (notAdult) return notAdult;
  const start = seasonStart(p.asOf);
  const last = p.last(codes.influenzaVaccine);
  if (last && last.getTime() >= start.getTime()) {
    return { ...influenzaMeta, status: 'up-to-date', reason: 'Vaccinated this season.', lastDone: formatDate(last), nextDue: formatDate(addYears(start, 1)) };
  }
  return { ...influenzaMeta, status: 'due', reason: 'No flu vaccine recorded this season (since 1 August).', lastDone: last ? formatDate(last) : null, nextDue: formatDate(start) };
}

const covidMeta: RuleMeta = {
  id: 'covid-19-vaccine', service: 'COVID-19 vaccine', kind: 'immunization', source: sources.covid,
  rule: 'Everyone 6 months and older should get one dose of the current season’s COVID-19 vaccine; adults 65 and older get a second dose 6 months later (CDC 2024–2025).',
};

export function covidVaccine(p: Person): PreventiveItem {
  const notAdult = adultOnly(p, covidMeta);
  if (notAdult) return notAdult;
  const start = seasonStart(p.asOf);
  const doses = p.events(codes.covidVaccine);
  const thisSeason = doses.filter((d) => d.getTime() >= start.getTime());
  const last = doses[0];
  if (thisSeason.length === 0) {
    return { ...covidMeta, status: 'due', reason: 'No dose of this season’s vaccine recorded.', lastDone: last ? formatDate(last) : null, nextDue: formatDate(start) };
  }
  if (p.age >= 65 && thisSeason.length === 1) {
    const second = addMonths(thisSeason[0], 6);
    if (second.getTime() <= p.asOf.getTime()) {
      return { ...covidMeta, status: 'due', reason: 'Aged 65 or older: second dose due 6 months after the first this season.', lastDone: formatDate(last), nextDue: formatDate(second) };
    }
    return { ...covidMeta, status: 'up-to-date', reason: 'First dose this season; second dose due 6 months later.', lastDone: formatDate(last), nextDue: formatDate(second) };
  }
  return { ...covidMeta, status: 'up-to-date', reason: 'Vaccinated this season.', lastDone: formatDate(last), nextDue: formatDate(addYears(start, 1)) };
}

const tdMeta: RuleMeta = {
  id: 'td-tdap-vaccine', service: 'Tetanus, diphtheria and whooping cough (Td/Tdap)', kind: 'immunization', source: sources.adultSchedule,
  rule: 'Adults who never had Tdap get one dose, then a Td or Tdap booster every 10 years; pregnant people get Tdap in every pregnancy, preferably at 27–36 weeks (CDC 2024).',
};

export function tetanusVaccine(p: Person): PreventiveItem {
  const notAdult = adultOnly(p, tdMeta);
  if (notAdult) return notAdult;
  const last = p.last(codes.tetanusVaccine);
  const lastTdap = p.last(codes.tdapVaccine);
  if (p.profile.pregnant) {
    return thisPregnancy(p, tdMeta, lastTdap, {
      due: 'Pregnant: Tdap is due in this pregnancy (27–36 weeks).', upToDate: 'Tdap given during this pregnancy.',
    });
  }
  const item = timed(p, tdMeta, { lastDone: last, intervalMonths: 120, dueFrom: p.asOf }, {
    due: last ? 'More than 10 years since the last tetanus-containing vaccine.' : 'No tetanus-containing vaccine in the record.',
    upToDate: lastTdap ? 'Booster within the last 10 years.' : 'Td within the last 10 years; give Tdap as the next booster (no Tdap recorded).',
  });
  return item;
}

const zosterMeta: RuleMeta = {
  id: 'zoster-vaccine', service: 'Shingles vaccine (recombinant, RZV)', kind: 'immunization', source: sources.adultSchedule,
  rule: 'Adults 50 and older, and adults 19 and older with a weakened immune system, get 2 doses of recombinant zoster vaccine 2 to 6 months apart (1 to 2 months if immunocompromised) (CDC 2024).',
};

export function zosterVaccine(p: Person): PreventiveItem {
  const doses = p.events(codes.recombinantZosterVaccine);
  const immunocompromised = p.hasCondition(codes.immunocompromise);
  if (p.age < 19 || (p.age < 50 && !immunocompromised)) return notApplicable(zosterMeta, `Starts at 50 (19 if immunocompromised); age ${p.age}.`, doses[0]);
  if (doses.length >= 2) return { ...zosterMeta, status: 'up-to-date', reason: 'Two-dose series complete.', lastDone: formatDate(doses[0]), nextDue: null };
  if (doses.length === 1) {
    const second = addMonths(doses[0], immunocompromised ? 1 : 2);
    const status = second.getTime() > p.asOf.getTime() ? 'up-to-date' : 'due';
    return { ...zosterMeta, status, reason: status === 'due' ? 'Second dose of the series is due.' : 'First dose given; second dose due after the minimum interval.', lastDone: formatDate(doses[0]), nextDue: formatDate(second) };
  }
  return timed(p, zosterMeta, { intervalMonths: null, dueFrom: p.age >= 50 ? p.birthdayAt(50) : p.asOf }, {
    due: 'No recombinant zoster vaccine in the record.', upToDate: '',
  });
}

const pneumococcalMeta: RuleMeta = {
  id: 'pneumococcal-vaccine', service: 'Pneumococcal vaccine', kind: 'immunization', source: sources.pneumococcal,
  rule: 'Adults 50 and older, and adults 19 to 49 with a risk condition (such as chronic heart, lung, liver or kidney disease, diabetes, alcoholism, smoking, a weakened immune system, a cochlear implant or a spinal fluid leak), who have not had a pneumococcal conjugate vaccine get one dose of PCV20 or PCV21, or PCV15 followed by PPSV23 a year later (CDC 2024).',
};

export function pneumococcalVaccine(p: Person): PreventiveItem {
  const notAdult = adultOnly(p, pneumococcalMeta);
  if (notAdult) return notAdult;
  const risk = p.hasCondition(codes.chronicMedicalRisk) || p.currentSmoker;
  const lastAny = p.last(codes.pcv20or21, codes.pcv15, codes.pcv13, codes.ppsv23);
  if (p.age < 50 && !risk) return notApplicable(pneumococcalMeta, `Under 50 without a risk condition; age ${p.age}.`, lastAny);
  const pcv2021 = p.last(codes.pcv20or21);
  const pcv15 = p.last(codes.pcv15);
  const pcv13 = p.last(codes.pcv13);
  const ppsv23 = p.last(codes.ppsv23);
  const done = (reason: string, last: Date): PreventiveItem => ({ ...pneumococcalMeta, status: 'up-to-date', reason, lastDone: formatDate(last), nextDue: null });
  if (pcv2021) return done('PCV20 or PCV21 given: series complete.', pcv2021);
  if (pcv15 && ppsv23 && ppsv23.getTime() >= pcv15.getTime()) return done('PCV15 followed by PPSV23: series complete.', ppsv23);
  if (pcv13 && ppsv23 && p.ageOn(ppsv23) >= 65) return done('PCV13 and PPSV23 at 65 or older: series complete.', ppsv23);
  if (pcv15) {
    return timed(p, pneumococcalMeta, { lastDone: pcv15, intervalMonths: 12, dueFrom: p.asOf }, {
      due: 'PCV15 given: PPSV23 is due 1 year later.', upToDate: 'PCV15 given; PPSV23 due 1 year after it.',
    });
  }
  const earlier = p.last(codes.pcv13, codes.ppsv23);
  if (earlier) {
    return timed(p, pneumococcalMeta, { lastDone: earlier, intervalMonths: 12, dueFrom: p.asOf }, {
      due: 'Only older pneumococcal vaccines recorded: one dose of PCV20 or PCV21 is due (at least a year after the last).',
      upToDate: 'Older pneumococcal vaccine within the last year; PCV20 or PCV21 due a year after it.',
    });
  }
  return timed(p, pneumococcalMeta, { intervalMonths: null, dueFrom: p.age >= 50 ? p.birthdayAt(50) : p.asOf }, {
    due: 'No pneumococcal vaccine in the record.', upToDate: '',
  });
}

const hepBMeta: RuleMeta = {
  id: 'hepatitis-b-vaccine', service: 'Hepatitis B vaccine', kind: 'immunization', source: sources.adultSchedule,
  rule: 'All adults 19 to 59 should complete a hepatitis B vaccine series (2 doses of Heplisav-B, or 3 doses of other vaccines); adults 60 and older with risk factors should too, and others 60 and older may (CDC 2024).',
};

export function hepatitisBVaccine(p: Person): PreventiveItem {
  const notAdult = adultOnly(p, hepBMeta);
  if (notAdult) return notAdult;
  const doses = p.events(codes.hepBVaccine);
  const cpgDoses = p.events(codes.hepBCpgVaccine);
  if (p.hasCondition(codes.hepatitisB)) return notApplicable(hepBMeta, 'Hepatitis B infection is already diagnosed.', doses[0]);
  const atRisk = p.hasRisk('hbv-risk') || p.hasCondition(codes.hiv) || p.hasCondition(codes.hepatitisC);
  if (p.age >= 60 && !atRisk) return notApplicable(hepBMeta, 'Aged 60 or older without a recorded risk factor: vaccination is optional.', doses[0]);
  if (cpgDoses.length >= 2 || doses.length >= 3) return { ...hepBMeta, status: 'up-to-date', reason: 'Series complete.', lastDone: formatDate(doses[0]), nextDue: null };
  if (doses.length > 0) {
    return { ...hepBMeta, status: 'due', reason: `Series incomplete (${doses.length} dose${doses.length > 1 ? 's' : ''} recorded).`, lastDone: formatDate(doses[0]), nextDue: formatDate(addMonths(doses[0], 1)) };
  }
  return timed(p, hepBMeta, { intervalMonths: null, dueFrom: p.age >= 60 ? p.asOf : p.birthdayAt(19) }, { due: 'No hepatitis B vaccine in the record.', upToDate: '' });
}

const rsvMeta: RuleMeta = {
  id: 'rsv-vaccine', service: 'RSV vaccine', kind: 'immunization', source: sources.rsv,
  rule: 'Adults 75 and older, and adults 60 to 74 at increased risk of severe RSV (chronic heart or lung disease, kidney or liver disease, diabetes with complications, a weakened immune system, or living in a nursing home), get a single dose of RSV vaccine (CDC 2024). It is not given every year.',
};

export function rsvVaccine(p: Person): PreventiveItem {
  const last = p.last(codes.rsvAdultVaccine);
  const atRisk = p.hasCondition(codes.chronicMedicalRisk) || p.hasRisk('long-term-care-resident');
  if (p.age < 60 || (p.age < 75 && !atRisk)) return notApplicable(rsvMeta, `Applies from 75, or from 60 with a risk condition; age ${p.age}.`, last);
  if (last) return { ...rsvMeta, status: 'up-to-date', reason: 'Single lifetime dose given.', lastDone: formatDate(last), nextDue: null };
  return timed(p, rsvMeta, { intervalMonths: null, dueFrom: p.age >= 75 ? p.birthdayAt(75) : p.asOf }, { due: 'No RSV vaccine in the record.', upToDate: '' });
}

const hpvMeta: RuleMeta = {
  id: 'hpv-vaccine', service: 'HPV vaccine', kind: 'immunization', source: sources.adultSchedule,
  rule: 'Everyone through age 26 who is not fully vaccinated should catch up on HPV vaccine: 2 doses if the series started before the 15th birthday, otherwise 3 doses. From 27 to 45 it is a shared decision with the clinician (CDC 2024).',
};

export function hpvVaccine(p: Person): PreventiveItem {
  const doses = p.events(codes.hpvVaccine);
  if (p.age < 19) return notApplicable(hpvMeta, `The child and adolescent schedule applies below 19; age ${p.age}.`, doses[0]);
  const first = doses[doses.length - 1];
  const needed = first && p.ageOn(first) < 15 ? 2 : 3;
  if (doses.length >= needed) return { ...hpvMeta, status: 'up-to-date', reason: `Series complete (${doses.length} doses).`, lastDone: formatDate(doses[0]), nextDue: null };
  if (p.age > 26) return notApplicable(hpvMeta, `Routine catch-up ends at 26 (27–45: shared decision); age ${p.age}.`, doses[0]);
  if (doses.length > 0) {
    return { ...hpvMeta, status: 'due', reason: `Series incomplete: ${doses.length} of ${needed} doses.`, lastDone: formatDate(doses[0]), nextDue: formatDate(addMonths(doses[0], doses.length === 1 ? 1 : 4)) };
  }
  return { ...hpvMeta, status: 'due', reason: 'No HPV vaccine in the record.', lastDone: null, nextDue: formatDate(p.asOf) };
}

export const vaccineRules = [influenzaVaccine, covidVaccine, tetanusVaccine, zosterVaccine, pneumococcalVaccine, hepatitisBVaccine, rsvVaccine, hpvVaccine];
