import * as codes from './codes.ts';
import { latest, notApplicable, thisPregnancy, timed, type Person, type RuleMeta } from './person.ts';
import { sources } from './sources.ts';
import { addMonths, formatDate } from './dates.ts';
import type { PreventiveItem } from './types.ts';

/** USPSTF grade A and B screenings and preventive medication for adults, one function per service. */

const colorectalMeta: RuleMeta = {
  id: 'colorectal-cancer-screening', service: 'Colorectal cancer screening', kind: 'screening', source: sources.colorectal,
  rule: 'Adults 45 to 75 should be screened for colorectal cancer (USPSTF 2021). Accepted tests and how long each lasts: colonoscopy every 10 years, CT colonography or flexible sigmoidoscopy every 5 years, stool DNA-FIT every 1 to 3 years (3 used here), and FIT or high-sensitivity guaiac stool test every year. From 76 to 85 screening is an individual decision.',
};

export function colorectalScreening(p: Person): PreventiveItem {
  const history = [
    { set: codes.colonoscopy, months: 120 }, { set: codes.ctColonography, months: 60 }, { set: codes.flexibleSigmoidoscopy, months: 60 },
    { set: codes.stoolDnaTest, months: 36 }, { set: codes.stoolBloodTest, months: 12 },
  ];
  const lastAny = latest(...history.map(({ set }) => p.last(set)));
  if (p.hasCondition(codes.colorectalCancerOrColectomy)) return notApplicable(colorectalMeta, 'Has a history of colorectal cancer or colectomy: follow-up is surveillance, not screening.', lastAny);
  if (p.age < 45) return notApplicable(colorectalMeta, `Starts at 45; age ${p.age}.`, lastAny);
  if (p.age > 75) return notApplicable(colorectalMeta, `Routine screening ends at 75 (ages 76–85: individual decision); age ${p.age}.`, lastAny);
  // Whichever test lasts longest into the future decides when the next one is due.
  let best: { last: Date; months: number } | undefined;
  for (const { set, months } of history) {
    const last = p.last(set);
    if (last && (!best || addMonths(last, months).getTime() > addMonths(best.last, best.months).getTime())) best = { last, months };
  }
  return timed(p, colorectalMeta, { lastDone: best?.last, intervalMonths: best?.months ?? 120, dueFrom: p.birthdayAt(45) }, {
    due: best ? 'The last screening test has run its interval.' : 'No colorectal cancer screening test in the record.',
    upToDate: 'A screening test within its interval is in the record.',
  });
}

const breastMeta: RuleMeta = {
  id: 'breast-cancer-screening', service: 'Breast cancer screening (mammography)', kind: 'screening', source: sources.breast,
  rule: 'Women 40 to 74 should have a screening mammogram every 2 years (USPSTF 2024).',
};

export function breastScreening(p: Person): PreventiveItem {
  const last = p.last(codes.mammography);
  if (p.sex !== 'female') return notApplicable(breastMeta, 'Applies to women.');
  if (p.hasCondition(codes.bilateralMastectomy)) return notApplicable(breastMeta, 'Bilateral mastectomy in the record.', last);
  if (p.age < 40 || p.age > 74) return notApplicable(breastMeta, `Applies from 40 to 74; age ${p.age}.`, last);
  return timed(p, breastMeta, { lastDone: last, intervalMonths: 24, dueFrom: p.birthdayAt(40) }, {
    due: last ? 'More than 2 years since the last mammogram.' : 'No mammogram in the record.',
    upToDate: 'Mammogram within the last 2 years.',
  });
}

const cervicalMeta: RuleMeta = {
  id: 'cervical-cancer-screening', service: 'Cervical cancer screening', kind: 'screening', source: sources.cervical,
  rule: 'Women 21 to 29: cervical cytology (Pap test) every 3 years. Women 30 to 65: cytology every 3 years, high-risk HPV test every 5 years, or both together every 5 years (USPSTF 2018). Not needed after a hysterectomy that removed the cervix, or after 65 with adequate prior screening.',
};

export function cervicalScreening(p: Person): PreventiveItem {
  const lastCytology = p.last(codes.cervicalCytology);
  const lastHpv = p.last(codes.hpvTest);
  const lastAny = latest(lastCytology, lastHpv);
  if (p.sex !== 'female') return notApplicable(cervicalMeta, 'Applies to people with a cervix (recorded sex: male).');
  if (p.hasCondition(codes.hysterectomy)) return notApplicable(cervicalMeta, 'Hysterectomy with removal of the cervix in the record.', lastAny);
  if (p.age < 21 || p.age > 65) return notApplicable(cervicalMeta, `Applies from 21 to 65; age ${p.age}.`, lastAny);
  // An HPV test counts from 30 (every 5 years); cytology counts at any age (every 3 years).
  const hpvCounts = lastHpv && p.ageOn(lastHpv) >= 30;
  const candidates: { last: Date; months: number }[] = [];
  if (lastCytology) candidates.push({ last: lastCytology, months: 36 });
  if (hpvCounts && lastHpv) candidates.push({ last: lastHpv, months: 60 });
  const best = candidates.sort((a, b) => addMonths(b.last, b.months).getTime() - addMonths(a.last, a.months).getTime())[0];
  return timed(p, cervicalMeta, { lastDone: best?.last, intervalMonths: best?.months ?? 36, dueFrom: p.birthdayAt(21) }, {
    due: best ? 'The last cervical screening test has run its interval.' : 'No cervical cytology or HPV test in the record.',
    upToDate: best?.months === 60 ? 'HPV test within the last 5 years.' : 'Cervical cytology within the last 3 years.',
  });
}

const lungMeta: RuleMeta = {
  id: 'lung-cancer-screening', service: 'Lung cancer screening (low-dose CT)', kind: 'screening', source: sources.lung,
  rule: 'Adults 50 to 80 who have smoked at least 20 pack-years and still smoke or quit within the past 15 years should have a low-dose chest CT every year (USPSTF 2021). Screening stops once a person has not smoked for 15 years.',
};

export function lungScreening(p: Person): PreventiveItem {
  const last = p.last(codes.lowDoseChestCt);
  const smoking = p.profile.smoking;
  if (!smoking || smoking.status === 'never') return notApplicable(lungMeta, smoking ? 'Never smoked.' : 'Smoking history not recorded; applies to heavy smokers.', last);
  if (p.age < 50 || p.age > 80) return notApplicable(lungMeta, `Applies from 50 to 80; age ${p.age}.`, last);
  if (smoking.packYears === undefined) return notApplicable(lungMeta, 'Pack-years not recorded: record them to decide (needs 20 or more).', last);
  if (smoking.packYears < 20) return notApplicable(lungMeta, `${smoking.packYears} pack-years; applies from 20.`, last);
  if (smoking.status === 'former') {
    if (smoking.quitYear === undefined) return notApplicable(lungMeta, 'Former smoker without a quit year: record it to decide (applies if quit within 15 years).', last);
    const yearsSinceQuit = p.asOf.getUTCFullYear() - smoking.quitYear;
    if (yearsSinceQuit > 15) return notApplicable(lungMeta, `Quit ${yearsSinceQuit} years ago; applies only within 15 years of quitting.`, last);
  }
  return timed(p, lungMeta, { lastDone: last, intervalMonths: 12, dueFrom: p.asOf, graceDays: 182 }, {
    due: last ? 'More than a year since the last low-dose CT.' : 'Eligible and no low-dose CT in the record.',
    upToDate: 'Low-dose CT within the last year.',
  });
}

const hypertensionMeta: RuleMeta = {
  id: 'hypertension-screening', service: 'High blood pressure screening', kind: 'screening', source: sources.hypertension,
  rule: 'All adults 18 and older should have their blood pressure checked (USPSTF 2021): every year from 40 or with higher risk (overweight or obesity, blood pressure 130–139/85–89), every 3 to 5 years from 18 to 39 otherwise (3 used here). Confirm a high reading outside the office before diagnosing.',
};

export function hypertensionScreening(p: Person): PreventiveItem {
  const last = p.last(codes.bloodPressureReading);
  if (p.hasCondition(codes.hypertension)) return notApplicable(hypertensionMeta, 'Hypertension is already diagnosed: blood pressure is monitored as part of its care.', last);
  if (p.age < 18) return notApplicable(hypertensionMeta, `Adult recommendation (18+); age ${p.age}.`, last);
  const yearly = p.age >= 40 || (p.profile.bmi !== undefined && p.profile.bmi >= 25);
  return timed(p, hypertensionMeta, { lastDone: last, intervalMonths: yearly ? 12 : 36, dueFrom: p.birthdayAt(18), graceDays: yearly ? 182 : 365 }, {
    due: last ? `Blood pressure last recorded more than ${yearly ? 'a year' : '3 years'} ago.` : 'No blood pressure reading in the record.',
    upToDate: `Blood pressure recorded within the last ${yearly ? 'year' : '3 years'}.`,
  });
}

const diabetesMeta: RuleMeta = {
  id: 'diabetes-screening', service: 'Prediabetes and type 2 diabetes screening', kind: 'screening', source: sources.diabetes,
  rule: 'Adults 35 to 70 with overweight or obesity (BMI 25 or more; 23 or more for Asian Americans) should be screened with an A1c, fasting glucose or glucose tolerance test (USPSTF 2021); every 3 years is a reasonable interval.',
};

export function diabetesScreening(p: Person): PreventiveItem {
  const last = p.last(codes.glycemicTest);
  if (p.hasCondition(codes.diabetes)) return notApplicable(diabetesMeta, 'Diabetes is already diagnosed.', last);
  if (p.age < 35 || p.age > 70) return notApplicable(diabetesMeta, `Applies from 35 to 70; age ${p.age}.`, last);
  const threshold = p.hasRisk('asian-american') ? 23 : 25;
  if (p.profile.bmi === undefined) return notApplicable(diabetesMeta, `BMI not recorded: applies if BMI is ${threshold} or more.`, last);
  if (p.profile.bmi < threshold) return notApplicable(diabetesMeta, `BMI ${p.profile.bmi} is below ${threshold}.`, last);
  return timed(p, diabetesMeta, { lastDone: last, intervalMonths: 36, dueFrom: p.asOf }, {
    due: last ? 'More than 3 years since the last A1c or glucose test.' : 'No A1c or glucose test in the record.',
    upToDate: 'A1c or glucose test within the last 3 years.',
  });
}

const statinMeta: RuleMeta = {
  id: 'statin-primary-prevention', service: 'Statin for primary prevention of cardiovascular disease', kind: 'medication', source: sources.statin,
  rule: 'Adults 40 to 75 without cardiovascular disease who have at least one risk factor (dyslipidemia, diabetes, hypertension or smoking) and a 10-year cardiovascular risk of 10 % or more should be offered a statin (USPSTF 2022, grade B); at 7.5 to under 10 % it is a selective offer (grade C).',
};

export function statinUse(p: Person): PreventiveItem {
  if (p.hasCondition(codes.atheroscleroticCvd)) return notApplicable(statinMeta, 'Has atherosclerotic cardiovascular disease: statins are secondary prevention, outside this recommendation.');
  if (p.age < 40 || p.age > 75) return notApplicable(statinMeta, `Applies from 40 to 75; age ${p.age}.`);
  const riskFactors = [
    p.hasCondition(codes.dyslipidemia) && 'dyslipidemia', p.hasCondition(codes.diabetes) && 'diabetes',
    p.hasCondition(codes.hypertension) && 'hypertension', p.currentSmoker && 'smoking',
  ].filter((f): f is string => typeof f === 'string');
  if (riskFactors.length === 0) return notApplicable(statinMeta, 'No cardiovascular risk factor (dyslipidemia, diabetes, hypertension, smoking) in the record.');
  if (p.takes(codes.statins)) return { ...statinMeta, status: 'up-to-date', reason: 'Already taking a statin.', lastDone: null, nextDue: null };
  const risk = p.profile.tenYearCvdRisk;
  if (risk === undefined) {
    return { ...statinMeta, status: 'due', reason: `Has ${riskFactors.join(', ')}; calculate the 10-year cardiovascular risk (PCE or PREVENT) to decide.`, lastDone: null, nextDue: formatDate(p.asOf) };
  }
  if (risk < 0.1) return notApplicable(statinMeta, `10-year risk ${(risk * 100).toFixed(1)} % is below 10 %${risk >= 0.075 ? ' (7.5–10 %: a selective offer, grade C)' : ''}.`);
  return { ...statinMeta, status: 'due', reason: `Has ${riskFactors.join(', ')} and a 10-year risk of ${(risk * 100).toFixed(1)} %; no statin in the medication list.`, lastDone: null, nextDue: formatDate(p.asOf) };
}

const aaaMeta: RuleMeta = {
  id: 'aaa-screening', service: 'Abdominal aortic aneurysm screening (ultrasound)', kind: 'screening', source: sources.aaa,
  rule: 'Men 65 to 75 who have ever smoked should have one abdominal aortic ultrasound (USPSTF 2019).',
};

export function aaaScreening(p: Person): PreventiveItem {
  const last = p.last(codes.aaaUltrasound);
  if (p.sex !== 'male') return notApplicable(aaaMeta, 'The grade B recommendation is for men.', last);
  if (p.hasCondition(codes.aorticAneurysm)) return notApplicable(aaaMeta, 'An abdominal aortic aneurysm is already diagnosed.', last);
  if (p.age < 65 || p.age > 75) return notApplicable(aaaMeta, `Applies from 65 to 75; age ${p.age}.`, last);
  if (!p.everSmoked) return notApplicable(aaaMeta, p.profile.smoking ? 'Never smoked.' : 'Smoking history not recorded; applies to men who ever smoked.', last);
  return timed(p, aaaMeta, { lastDone: last, intervalMonths: null, dueFrom: p.birthdayAt(65) }, {
    due: 'No aortic ultrasound in the record.', upToDate: 'One-time aortic ultrasound done.',
  });
}

const osteoporosisMeta: RuleMeta = {
  id: 'osteoporosis-screening', service: 'Osteoporosis screening (bone density)', kind: 'screening', source: sources.osteoporosis,
  rule: 'Women 65 and older, and postmenopausal women under 65 at higher risk of fracture, should be screened with a bone density test (USPSTF 2025). The Task Force sets no repeat interval; Galen shows it due again 2 years after the last scan.',
};

export function osteoporosisScreening(p: Person): PreventiveItem {
  const last = p.last(codes.boneDensityScan);
  if (p.sex !== 'female') return notApplicable(osteoporosisMeta, 'The grade B recommendation is for women.', last);
  if (p.hasCondition(codes.osteoporosis)) return notApplicable(osteoporosisMeta, 'Osteoporosis is already diagnosed: bone density is followed as part of its care.', last);
  let dueFrom = p.birthdayAt(65);
  if (p.age < 65) {
    const atRisk = p.hasCondition(codes.osteoporosisRiskConditions) || p.currentSmoker || (p.profile.bmi !== undefined && p.profile.bmi < 20);
    if (!p.profile.postmenopausal || !atRisk) return notApplicable(osteoporosisMeta, 'Under 65: applies to postmenopausal women with fracture risk factors.', last);
    dueFrom = p.asOf;
  }
  return timed(p, osteoporosisMeta, { lastDone: last, intervalMonths: 24, dueFrom }, {
    due: last ? 'More than 2 years since the last bone density scan.' : 'No bone density scan in the record.',
    upToDate: 'Bone density scan within the last 2 years.',
  });
}

const hivMeta: RuleMeta = {
  id: 'hiv-screening', service: 'HIV screening', kind: 'screening', source: sources.hiv,
  rule: 'Everyone 15 to 65 should be tested for HIV at least once; younger and older people at increased risk, and at least yearly for those with ongoing risk; every pregnant person in each pregnancy (USPSTF 2019).',
};

export function hivScreening(p: Person): PreventiveItem {
  const last = p.last(codes.hivTest);
  if (p.hasCondition(codes.hiv)) return notApplicable(hivMeta, 'HIV is already diagnosed.', last);
  if (p.profile.pregnant) {
    return thisPregnancy(p, hivMeta, last, {
      due: 'Pregnant and no HIV test during this pregnancy (last 9 months).', upToDate: 'HIV test during this pregnancy.',
    });
  }
  if (p.hasRisk('hiv-risk')) {
    return timed(p, hivMeta, { lastDone: last, intervalMonths: 12, dueFrom: p.asOf, graceDays: 182 }, {
      due: 'Ongoing risk and no HIV test in the last year.', upToDate: 'HIV test within the last year.',
    });
  }
  if (p.age < 15 || p.age > 65) return notApplicable(hivMeta, `Routine once-in-a-lifetime test applies from 15 to 65; age ${p.age}.`, last);
  return timed(p, hivMeta, { lastDone: last, intervalMonths: null, dueFrom: p.birthdayAt(15) }, {
    due: 'No HIV test in the record.', upToDate: 'Tested at least once.',
  });
}

const hcvMeta: RuleMeta = {
  id: 'hepatitis-c-screening', service: 'Hepatitis C screening', kind: 'screening', source: sources.hcv,
  rule: 'Adults 18 to 79 should be tested for hepatitis C once (USPSTF 2020); people with ongoing risk such as injection drug use are tested periodically.',
};

export function hepatitisCScreening(p: Person): PreventiveItem {
  const last = p.last(codes.hcvTest);
  if (p.hasCondition(codes.hepatitisC)) return notApplicable(hcvMeta, 'Hepatitis C is already diagnosed.', last);
  if (p.age < 18 || p.age > 79) return notApplicable(hcvMeta, `Applies from 18 to 79; age ${p.age}.`, last);
  return timed(p, hcvMeta, { lastDone: last, intervalMonths: null, dueFrom: p.birthdayAt(18) }, {
    due: 'No hepatitis C test in the record.', upToDate: 'Tested at least once.',
  });
}

const hbvMeta: RuleMeta = {
  id: 'hepatitis-b-screening', service: 'Hepatitis B screening', kind: 'screening', source: sources.hbv,
  rule: 'Adolescents and adults at increased risk should be tested for hepatitis B (USPSTF 2020): people born where hepatitis B is common (2 % or more), people with HIV, people who inject drugs, men who have sex with men, and household or sexual contacts of people with hepatitis B. Every pregnant person is tested at the first prenatal visit (USPSTF 2019, grade A).',
};

export function hepatitisBScreening(p: Person): PreventiveItem {
  const last = p.last(codes.hbvTest);
  if (p.hasCondition(codes.hepatitisB)) return notApplicable(hbvMeta, 'Hepatitis B is already diagnosed.', last);
  if (p.profile.pregnant) {
    return thisPregnancy(p, { ...hbvMeta, source: sources.hbvPregnancy }, last, {
      due: 'Pregnant and no hepatitis B surface antigen test during this pregnancy.', upToDate: 'Tested during this pregnancy.',
    });
  }
  if (!p.hasRisk('hbv-risk') && !p.hasCondition(codes.hiv)) return notApplicable(hbvMeta, 'No hepatitis B risk factor recorded.', last);
  return timed(p, hbvMeta, { lastDone: last, intervalMonths: null, dueFrom: p.asOf }, {
    due: 'At increased risk and no hepatitis B surface antigen test in the record.', upToDate: 'Tested for hepatitis B.',
  });
}

export const screeningRules = [
  colorectalScreening, breastScreening, cervicalScreening, lungScreening, hypertensionScreening, diabetesScreening, statinUse,
  aaaScreening, osteoporosisScreening, hivScreening, hepatitisCScreening, hepatitisBScreening,
];
