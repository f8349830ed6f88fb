/**
 * Numbers that decide triage levels, read from the message (temperature, blood sugar, blood
 * pressure, how long, the child's age, weeks of pregnancy) and facts from the patient's record
 * (age, pregnancy, diabetes, heart disease, blood thinners).
 */
import type { PatientFacts } from './types.ts';

export interface Measures {
  /** Highest temperature mentioned, in degrees Celsius. */
  temperatureC?: number;
  /** Blood sugar readings mentioned, in mg/dL. */
  glucose: number[];
  /** The meter read "HI" (above its range). */
  glucoseHi: boolean;
  bloodPressure: { systolic: number; diastolic: number }[];
  /** Longest duration mentioned for a symptom, in days. */
  durationDays?: number;
  /** Age of the person the message is about, when the message says it ("my 6 week old"). */
  ageYearsFromMessage?: number;
  gestationalWeeks?: number;
  /** Highest heart rate (pulse) mentioned, in beats per minute. */
  heartRate?: number;
}

const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, couple: 2, few: 3, several: 4, fifteen: 15, twenty: 20, thirty: 30,
};

function toNumber(word: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  return numberWords[word];
}

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const unitDays: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

export function readMeasures(text: string): Measures {
  return {
    temperatureC: readTemperature(text),
    glucose: readGlucose(text),
    glucoseHi: /\b(?:meter|reading|glucometer|sugar)\b(?:\s+\S+){0,3}\s+(?:says|reads|shows|is|of)\s+"?hi\b/.test(text),
    bloodPressure: readBloodPressure(text),
    durationDays: readDuration(text),
    ageYearsFromMessage: readAge(text),
    gestationalWeeks: readGestation(text),
    heartRate: readHeartRate(text),
  };
}

/**
 * A pulse as people report it: "heart rate 124", "pulse is 130", "HR 118", "heart 132 on my watch",
 * "110 bpm", "120 beats a minute". Values outside 30-250 are not pulses.
 */
const heartRatePatterns: readonly RegExp[] = [
  /\b(?:heart ?rate|hr|pulse(?: rate)?|heart(?:beat)?(?: is| was| at| going| racing| pounding| running)*(?: at)?)\s*(?:of|is|was|at|=|:|around|about|over|up to)?\s*(\d{2,3})\b(?!\s*(?:\/|%|kg|lbs?|mg|mmol|years?|yrs?|y\/o|weeks?|wks?|days?|hours?|minutes?|mins?))/g,
  /\b(\d{2,3})\s*(?:bpm|beats? (?:a|per) (?:minute|min))\b/g,
  /\b(?:pulse|heart rate|hr)\b(?:\s+\S+){0,2}?\s+(?:says|reads|shows|showed|said|read|is at|was at|went down to|went up to|dropped to)\s+(\d{2,3})\b/g,
];

function readHeartRate(text: string): number | undefined {
  let highest: number | undefined;
  for (const re of heartRatePatterns) {
    for (const m of text.matchAll(re)) {
      const value = Number(m[1]);
      if (value >= 30 && value <= 250) highest = Math.max(highest ?? 0, value);
    }
  }
  return highest;
}

const feverContext = /\b(?:fever\w*|temp\w*|thermometer|febrile|(?:feels?|felt|feeling|is|was|seems?) (?:very |really |a bit |quite )?(?:hot|warm)|burning up)\b/;

function readTemperature(text: string): number | undefined {
  let highest: number | undefined;
  const re = /(\d{2,3}(?:\.\d{1,2})?)\s*(°\s*[cf]?|degrees?(?:\s+[cf]\b|\s+(?:celsius|fahrenheit))?|deg\b|[cf]\b|celsius|fahrenheit)?/g;
  for (const m of text.matchAll(re)) {
    const value = Number(m[1]);
    const unit = (m[2] ?? '').replace(/\s+/g, '');
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const nearFeverWord = /\b(?:temp\w*|fever|thermometer|febrile|reads?|reading|running)\b/.test(before);
    // A reading with one decimal in the body-temperature range, in a message about feeling hot ("feels warm… it's 38.1").
    const bodyReading = /^\d{2}\.\d$/.test(m[1]) && value >= 35 && value <= 42.5 && feverContext.test(text);
    if (!unit && !nearFeverWord && !bodyReading) continue;
    let celsius: number | undefined;
    if (/f|fahrenheit/.test(unit) || (value >= 95 && value <= 110)) celsius = ((value - 32) * 5) / 9;
    else if (value >= 34 && value <= 43) celsius = value;
    if (celsius !== undefined && (highest === undefined || celsius > highest)) highest = Math.round(celsius * 10) / 10;
  }
  return highest;
}

function readGlucose(text: string): number[] {
  const values: number[] = [];
  const re = /\b(?:blood sugars?|sugars?|glucose|bg|bgl|meter|glucometer|reading|cgm|fingerstick)\b(?:\s+(?:level|levels|reading|readings|is|was|were|has been|have been|been|of|at|says|reads|shows|showed|went|to|up|down|dropped|over|above|under|below|around|about|just|only|like|it's|still|running|between|from|in the|hovering|sitting|staying|stuck)){0,5}\s+(\d{2,3}(?:\.\d)?|\d\.\d)\s*(mmol(?:\/l)?)?/g;
  for (const m of text.matchAll(re)) {
    let value = Number(m[1]);
    if (m[2] || value < 25) value = Math.round(value * 18);
    if (value >= 20 && value <= 1200) values.push(value);
  }
  return values;
}

function readBloodPressure(text: string): { systolic: number; diastolic: number }[] {
  if (!/\b(?:blood pressure|bp|pressure|reading)\b/.test(text)) return [];
  const readings: { systolic: number; diastolic: number }[] = [];
  for (const m of text.matchAll(/\b(\d{2,3})\s*(?:\/|over)\s*(\d{2,3})\b/g)) {
    const systolic = Number(m[1]);
    const diastolic = Number(m[2]);
    if (systolic >= 60 && systolic <= 300 && diastolic >= 30 && diastolic <= 200 && systolic > diastolic) readings.push({ systolic, diastolic });
  }
  return readings;
}

function readDuration(text: string): number | undefined {
  let longest: number | undefined;
  const re = /\b(?:for|over|past|last|about|almost|nearly|since|than|of)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:about\s+|almost\s+|over\s+|nearly\s+)?(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|couple(?: of)?|few|several)\s+(minute|hour|day|week|month|year)s?\b/g;
  for (const m of text.matchAll(re)) {
    const count = toNumber(m[1].replace(' of', ''));
    if (count === undefined) continue;
    const days = count * unitDays[m[2]];
    if (longest === undefined || days > longest) longest = days;
  }
  // "a 12-day history of cough", "3 days of fever", "it's been 5 weeks"
  for (const m of text.matchAll(/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)[ -](day|week|month|year)s?(?:[ -]long)?\s+(?:history|of)\b|\bbeen (\d+|a|two|three|four|five|six|several|a few|few) (day|week|month|year)s?\b/g)) {
    const count = toNumber((m[1] ?? m[3]).replace('a few', 'few'));
    const unit = m[2] ?? m[4];
    if (count === undefined) continue;
    const days = count * unitDays[unit];
    if (longest === undefined || days > longest) longest = days;
  }
  // "since Tuesday ... it's now Friday": the days between two named weekdays.
  const span = /\bsince (sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b[^.?!]{0,60}?\b(?:it's|it is|now|today is|today's) (?:now )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(text);
  if (span) longest = Math.max(longest ?? 0, (weekdays.indexOf(span[2]!) - weekdays.indexOf(span[1]!) + 7) % 7 || 7);
  // "fever for the 4th day", "day 5 of the flu": the ordinal is the number of days so far.
  for (const m of text.matchAll(/\b(?:(?:for |on |into )?the (\d+)(?:st|nd|rd|th) (?:straight |consecutive )?day|day (\d+) (?:of|now|and)|(\d+)(?:st|nd|rd|th) day (?:of|in a row|running|now))\b/g)) {
    const count = Number(m[1] ?? m[2] ?? m[3]);
    if (count > 0 && count < 120) longest = Math.max(longest ?? 0, count);
  }
  for (const m of text.matchAll(/\b(?:for|over|in|during) (?:the )?(?:past|last) (day|week|month|year)\b/g)) {
    longest = Math.max(longest ?? 0, unitDays[m[1]]);
  }
  if (/\bfor (?:weeks|months|years)\b|\bon and off for\b/.test(text)) longest = Math.max(longest ?? 0, /years/.test(text) ? 365 : /months/.test(text) ? 60 : 14);
  return longest;
}

function readAge(text: string): number | undefined {
  const m =
    /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -](day|week|month|year)s?[ -]old\b/.exec(text) ??
    /\b(?:baby|son|daughter|child|kid|toddler|infant|newborn|he|she|grandson|granddaughter)\s+(?:is|who is|who's|,)\s+(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?(?:\s+old)?\b/.exec(text);
  if (m) {
    const count = toNumber(m[1]);
    if (count !== undefined) return (count * unitDays[m[2]]) / 365;
  }
  // "my 2yo", "her 3 y/o"
  const shortAge = /\b(\d{1,2}) ?(?:yo|y\/o|yrs? old)\b/.exec(text);
  if (shortAge) return Number(shortAge[1]);
  if (/\bnewborn\b|\bneonate\b/.test(text)) return 2 / 52;
  const ageYears = /\b(?:i'm|i am|i was|aged?)\s+(\d{1,3})(?:\s*(?:years?|yrs?)(?: old)?)?\b(?!\s*(?:weeks|days|months|%|\/))/.exec(text);
  if (ageYears && Number(ageYears[1]) < 120 && !/\bi'm \d+ (?:weeks|days|months) pregnant/.test(text)) return Number(ageYears[1]);
  return undefined;
}

function readGestation(text: string): number | undefined {
  const withContractions = /\b(?:contractions?|baby|kicks?|waters?)\b/.test(text) ? /\b(?:i'm|i am|at|only)\s+(\d{1,2})\s*weeks?\b(?! old| ago)/.exec(text) : null;
  if (withContractions) return Number(withContractions[1]);
  // Pregnant people give the week of pregnancy on its own at the start of a message: "34 weeks and I've got…".
  const opening = /^(?:i'm |i am |at )?(\d{2})\s*(?:weeks?|wks?)\s*(?:and|,|now|today|\+)/.exec(text);
  if (opening && Number(opening[1]) >= 12 && Number(opening[1]) <= 42) return Number(opening[1]);
  const m = /\b(\d{1,2})\s*(?:weeks?|wks?)\s*(?:pregnant|along|gestation|into (?:my|the) pregnancy)\b/.exec(text) ?? /\bpregnant\b(?:\s+\S+){0,3}\s+(\d{1,2})\s*weeks?\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** What the patient's record says, reduced to the facts the rules use. */
export interface RecordFacts {
  ageYears?: number;
  pregnant: boolean;
  diabetes: boolean;
  heartDisease: boolean;
  anticoagulant: boolean;
  immunosuppressed: boolean;
  epilepsy: boolean;
  /** No working spleen: removed, absent, or hyposplenic (ICD-10-CM D73.0, Z90.81). */
  asplenia: boolean;
  /** The record's medicine list, lower case. */
  medications: string[];
  /** Sickle cell disease (ICD-10-CM D57, not trait D57.3). */
  sickleCell: boolean;
  /** COPD, emphysema or chronic bronchitis (ICD-10-CM J41-J44). */
  copd: boolean;
  /** Dementia of any kind (ICD-10-CM F01-F03, G30). */
  dementia: boolean;
}

/** Blood thinners by generic and brand name (oral anticoagulants and heparins; ACC 2020 bleeding pathway). */
export const anticoagulantPattern =
  /\b(?:warfarin|coumadin|jantoven|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|savaysa|heparin|enoxaparin|lovenox|dalteparin|fragmin|fondaparinux|arixtra|blood thinners?|anticoagula\w*)\b/;

export function readRecordFacts(patient: PatientFacts | undefined, message: string): RecordFacts {
  const conditions = (patient?.conditions ?? []).map((c) => c.toLowerCase());
  const medications = (patient?.medications ?? []).map((m) => m.toLowerCase());
  const anyCondition = (re: RegExp) => conditions.some((c) => re.test(c));
  return {
    ageYears: patient?.ageYears,
    pregnant: patient?.pregnant === true,
    // ICD-10-CM E08-E13 diabetes; SNOMED 44054006 (type 2), 46635009 (type 1), 73211009 (diabetes mellitus).
    diabetes:
      anyCondition(/diabet|^e(?:0[89]|1[0-3])\b|^e(?:0[89]|1[0-3])\.|^(?:44054006|46635009|73211009)$/) ||
      medications.some((m) => /\b(?:insulin|metformin|glipizide|glyburide|glimepiride)\b/.test(m)) ||
      /\b(?:i'm|i am|i have|i've got|as a) (?:type [12] )?diabet\w*|\bmy diabetes\b|\bon insulin\b|\bmy insulin\b/.test(message),
    // ICD-10-CM I20-I25 ischaemic heart disease, I50 heart failure; SNOMED 53741008 (coronary disease), 84114007 (heart failure).
    heartDisease:
      anyCondition(/coronary|heart (?:disease|failure|attack)|angina|myocardial|^i2[0-5]\b|^i2[0-5]\.|^i50|^(?:53741008|84114007|22298006)$/) ||
      /\b(?:i have|i've got|history of|i had) (?:a )?(?:heart disease|heart failure|stents?|bypass|heart attack)\b/.test(message),
    anticoagulant:
      medications.some((m) => anticoagulantPattern.test(m)) ||
      (/\b(?:i'm|i am|i take|taking|on)\b(?:\s+\S+){0,2}\s+(?:warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|savaysa|lovenox|heparin|blood thinners?)\b/.test(message) &&
        // "I'm not on blood thinners" says the opposite.
        !/\b(?:not|never|no longer|don't take|do not take|stopped(?: taking)?|off)\s+(?:\S+\s+){0,2}?(?:warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|savaysa|lovenox|heparin|blood thinners?|any blood thinners?)\b/.test(message)),
    immunosuppressed: anyCondition(/neutropeni|transplant|immunodefic|chemotherapy|^d70/),
    epilepsy: anyCondition(/epilep|seizure disorder|^g40/) || /\b(?:my|i have) epilepsy\b|\bi'm epileptic\b/.test(message),
    medications,
    sickleCell: anyCondition(/sickle cell (?:disease|anaemia|anemia)|\bhb ?ss\b|^d57(?!\.3)/),
    asplenia: anyCondition(/splenectom|asplen|hyposplen|spleen (?:removed|absent)|^d73\.0|^z90\.81/),
    copd: anyCondition(/copd|emphysema|chronic (?:obstructive|bronchitis)|^j4[1-4]/) || /\b(?:my|i have|i've got) (?:copd|emphysema)\b/.test(message),
    dementia: anyCondition(/dementia|alzheimer|^f0[1-3]|^g30/),
  };
}
