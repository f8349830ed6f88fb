/**
 * Red-flag and level rules. Each rule is written from the guidance named in its `source`
 * (sources.ts) and fires on findings (findings.ts); the highest level among fired rules wins.
 * Rules never look at the evaluation vignettes; they encode what the guidance says.
 */
import type { Findings } from './findings.ts';
import { sources } from './sources.ts';
import type { TriageLevel } from './types.ts';

/** What made a rule fire: concept ids whose matched words are shown, and measured values. */
export interface Evidence {
  concepts: string[];
  notes?: string[];
  /** The rule fired without its deciding details; its follow-up questions are asked. */
  provisional?: boolean;
}

export type ActionKind = 'suicide' | 'poison' | 'general';

export interface Rule {
  id: string;
  level: TriageLevel;
  source: string;
  /** Plain-language name of the concern, used in the action text ("signs of a stroke"). */
  concern: string;
  test: (f: Findings) => Evidence | undefined;
  /** Level when every finding used is recent and already over; defaults to one step lower for emergencies. */
  resolvedLevel?: TriageLevel;
  /** The one or two questions that decide the level when the rule fires without its deciding details. */
  followUp?: string[];
  kind?: ActionKind;
  /** For self-care and routine rules: what to do and the signs that would change the level. */
  advice?: string;
}

const ev = (...concepts: (string | undefined)[]): Evidence => ({ concepts: concepts.filter((c): c is string => c !== undefined) });
const provisional = (evidence: Evidence): Evidence => ({ ...evidence, provisional: true });
const withNotes = (evidence: Evidence, ...notes: string[]): Evidence => ({ ...evidence, notes: [...(evidence.notes ?? []), ...notes] });


/** A knock or fall that explains a lump. */
const bumpInjury = /\b(?:hit|bumped|banged|knocked|bashed|walked into|fell|caught)\b(?:\s+\S+){0,10}?\s+(?:lump|bump|egg)\b|\b(?:lump|bump|egg)\b(?:\s+\S+){0,6}?\s+(?:where|after) (?:i|he|she|they) (?:hit|bumped|banged|knocked|fell)\b/;

/**
 * Self-harm told across clauses: affairs put in order before one's death "before I do it", and deep or fresh
 * cuts on the wrists. Matched on the whole message; each needs both parts, so neither a will nor a scar alone fires.
 */
const selfHarmAcrossClauses: readonly RegExp[] = [
  /\b(?:after|once|when) i(?:'m| am)? (?:die|dead|gone)\b[^]{0,80}?\bbefore i (?:do it|go through with it|end it|go)\b/,
  /\b(?:scars?|cuts?|marks)\s+on\s+(?:my|both) wrists?\b[^]{0,80}?\b(?:fresh|new|still bleeding|(?:pretty|really|very|quite) deep)\b/,
  // A question about not waking up, followed by the wish: "...and not wake up? That's what I'd like."
  /\b(?:not wake up|never wake up|go to sleep forever|be dead|die)\b[^]{0,40}?\b(?:that(?:'s| is) (?:what|all) i(?:'d| would)? (?:like|want))\b/,
];

/** Onset told as slow: "came on slowly", "gradually over a few days". */
const gradualOnset = /\b(?:came on|started|built up|got worse|developed) (?:slowly|gradually|over (?:a few |several |\d+ |two |three )?(?:days|a day|the week))\b|\bgradual(?:ly)?\b/;

/** A time set for an act: with suicidal words, even in an "if" clause, this reads as a plan. */
const plannedTime = /\b(?:tonight|tomorrow|next week|this weekend|after the weekend|by (?:the )?(?:weekend|end of the week)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;

const cardiacFeatures = ['cardiac_quality', 'pain_radiation', 'sweating', 'dyspnea', 'severe_dyspnea', 'nausea', 'lightheaded', 'syncope'];
const strokeSigns = ['face_droop', 'limb_weakness', 'speech_trouble', 'vision_loss', 'balance_loss'];
const fmtTemp = (c: number) => `temperature ${c.toFixed(1)} °C (${((c * 9) / 5 + 32).toFixed(1)} °F)`;

function isInfantUnder3Months(f: Findings): boolean {
  const age = f.ageYears;
  // "3 months old" is no longer under 3 months: 89 days is the last day below.
  return age !== undefined && age < 89 / 365;
}

function hasFever(f: Findings, minimumC = 38): boolean {
  const t = f.measures.temperatureC;
  if (t !== undefined) return t >= minimumC;
  return f.has('fever');
}

/** Findings that count as red flags for the vulnerable-person catch-all (cold symptoms and plain questions do not). */
const vulnerableRedFlags = [
  'fever', 'bleeding_any', 'vaginal_bleeding', 'rectal_bleeding', 'melena', 'hemoptysis', 'head_injury', 'dyspnea', 'rapid_breathing', 'abdominal_pain',
  'chest_pain', 'syncope', 'lightheaded', 'confusion', 'poor_feeding', 'infant_lethargy', 'seizure', 'vision_change', 'vision_loss', 'swelling_face_hands',
  'leg_swelling', 'palpitations', 'dehydration', 'severe', 'non_blanching_rash', 'fetal_movement_down', 'waters_broke', 'diarrhea',
];

/** Every reported limb weakness is in a leg or foot, none in an arm, hand, face or one side of the body. */
function onlyInLegs(f: Findings): boolean {
  const where = f.matchedTexts('limb_weakness');
  return where.length > 0 && where.every((t) => /\b(?:legs?|foot|feet|knees?)\b/.test(t) && !/\b(?:arms?|hands?|face|side)\b/.test(t));
}

/** Head-injury danger signs (NICE NG232 2023; CDC HEADS UP 2024). */
const headInjuryDangerSigns = ['syncope', 'vomiting', 'confusion', 'seizure', 'unresponsive', 'severe', 'speech_trouble', 'limb_weakness', 'vision_change', 'balance_loss'];

/** The danger signs were asked about and denied, or the injury is called minor: the deciding details are known. */
function headInjuryDetailsKnown(f: Findings): boolean {
  return (
    f.has('minor_qualifier') ||
    headInjuryDangerSigns.some((c) => f.denied(c)) ||
    // A child who cries at once has not been knocked out.
    /\b(?:cried|screamed) (?:straight away|right away|immediately|at once)\b/.test(f.text)
  );
}

/** A young child: by age, or named as one ("my son", "toddler"). */
function isChild(f: Findings): boolean {
  return f.ageYears !== undefined ? f.ageYears < 18 : f.has('child_subject');
}

/** Earache that can be looked after at home (NHS Earache 2023): no fever, no discharge, not under 2, under 3 days, not severe. */
function isMildEarache(f: Findings): boolean {
  const age = f.ageYears;
  return f.denied('fever') && !f.has('ear_discharge') && !f.has('severe') && (age === undefined || age >= 2) && (f.measures.durationDays ?? 0) < 3;
}

/** Who is vulnerable, in words shown with the reason; undefined when nobody is. */
function vulnerability(f: Findings): string | undefined {
  const age = f.ageYears;
  if ((age !== undefined && age < 1) || f.babyOfUnknownAge) return 'a baby under 1 year';
  if (f.pregnant) return 'pregnancy';
  if (f.has('postpartum')) return 'recently gave birth';
  if (f.record.anticoagulant) return 'takes a blood thinner';
  if (f.record.immunosuppressed || f.has('immunosuppressed')) return 'weakened immune system';
  return undefined;
}

export const rules: Rule[] = [
  // ---------- Emergencies: call 911 or go to the emergency department now ----------
  {
    id: 'suicide-risk',
    level: 'emergency',
    kind: 'suicide',
    source: sources.suicide,
    concern: 'thoughts of suicide or self-harm',
    resolvedLevel: 'emergency',
    test: (f) => {
      if (f.has('suicidal')) return ev('suicidal');
      if (f.has('harm_others')) return ev('harm_others');
      // "If I end things next week": a conditional about one's own death with a time set is a plan (NIMH 2024).
      if (f.mentions.some((m) => m.concept === 'suicidal' && m.status === 'hypothetical') && plannedTime.test(f.text)) return withNotes(ev(), 'a time is set');
      // A "what if" question about a dangerous dose, with a stated plan, is a plan.
      if (f.mentioned('dangerous_combination') && f.has('imminent_intent')) return ev('imminent_intent');
      // Plans and fresh injuries told across clauses, which the clause-level patterns cannot join (NIMH 2024:
      // putting affairs in order, a method at hand, recent self-injury).
      // Means set aside with a time or an intent to take them all: a plan (NIMH 2024).
      if (f.has('means_stockpiled') && (plannedTime.test(f.text) || /\b(?:take|swallow|down) (?:the lot|them all|all of them|it all|everything)\b|\b(?:do it|when i do it|end it|go through with it)\b|\bno point\b/.test(f.text))) return ev('means_stockpiled');
      for (const re of selfHarmAcrossClauses) {
        const m = re.exec(f.text);
        if (m) return withNotes(ev(), m[0].trim());
      }
      return undefined;
    },
  },
  {
    id: 'overdose-or-poisoning',
    level: 'emergency',
    kind: 'poison',
    source: sources.poison,
    concern: 'a possible overdose or poisoning',
    resolvedLevel: 'emergency',
    test: (f) => {
      const c = f.any('overdose', 'poisoning');
      return c ? ev(c) : undefined;
    },
  },
  {
    id: 'stroke-warning-signs',
    level: 'emergency',
    source: `${sources.strokeSigns}; ${sources.cdcStroke}`,
    concern: 'signs of a stroke',
    // Signs that came and went can be a TIA ("mini-stroke"), which still needs 911.
    resolvedLevel: 'emergency',
    test: (f) => {
      const sign = f.any(...strokeSigns);
      if (sign === 'limb_weakness' && f.has('numbness_chronic') && !f.has('sudden') && !f.any('face_droop', 'speech_trouble')) return undefined;
      // Weakness of a leg alone beside back pain is a nerve-root sign (NICE NG59), decided by the back and leg rules.
      if (sign === 'limb_weakness' && onlyInLegs(f) && f.has('back_pain') && !f.any(...strokeSigns.filter((s) => s !== 'limb_weakness'))) return undefined;
      if (sign) return ev(sign, f.any(...strokeSigns.filter((s) => s !== sign)));
      if (f.has('stroke_named')) return ev('stroke_named');
      return undefined;
    },
  },
  {
    id: 'heart-attack-warning-signs',
    level: 'emergency',
    source: `${sources.ahaHeartAttack}; ${sources.chestPainGuideline}`,
    concern: 'warning signs of a heart attack',
    resolvedLevel: 'urgent',
    test: (f) => {
      if (f.has('chest_pain')) {
        const feature = f.any(...cardiacFeatures);
        if (feature) return ev('chest_pain', feature);
      }
      if (f.has('heart_attack_named')) return ev('heart_attack_named');
      // Chest discomfort that nitroglycerin has not relieved (AHA 2024), or the same feeling as an earlier heart attack or stent.
      if (f.has('nitro_no_relief')) return ev('nitro_no_relief');
      if (f.has('cardiac_quality') && f.has('same_as_before') && (f.mentioned('cardiac_history') || f.record.heartDisease)) return ev('cardiac_quality', 'same_as_before');
      // Jaw pain with a cold sweat and indigestion, sickness, breathlessness or sudden weariness (AHA 2024).
      if (f.has('jaw_pain') && f.has('sweating')) {
        const other = f.any('heartburn', 'nausea', 'dyspnea', 'lightheaded', 'syncope') ?? (/\b(?:so|very|terribly|unusually|really) (?:very )?(?:tired|weary|exhausted|worn out)\b/.test(f.text) ? 'fatigue' : undefined);
        if (other) return ev('jaw_pain', 'sweating', other);
      }
      // Without chest pain: arm or jaw pain with a cold sweat and faintness or grey skin, common in women and older adults (AHA 2024).
      if (f.has('pain_radiation') && f.has('sweating')) {
        const other = f.any('lightheaded', 'syncope', 'pallor', 'nausea', 'dyspnea');
        if (other) return ev('pain_radiation', 'sweating', other);
      }
      return undefined;
    },
  },
  {
    id: 'chest-pain',
    level: 'emergency',
    source: sources.chestPainGuideline,
    concern: 'new chest pain',
    resolvedLevel: 'urgent',
    followUp: [
      'Does the pain feel like pressure, squeezing or heaviness, or spread to your arm, jaw, neck or back?',
      'Are you also short of breath, sweaty, sick to your stomach or light-headed?',
    ],
    test: (f) => (f.has('chest_pain') && !f.has('chest_mechanical') ? provisional(ev('chest_pain')) : undefined),
  },
  {
    id: 'severe-breathing-difficulty',
    level: 'emergency',
    source: sources.nhsBreathing,
    concern: 'serious trouble breathing',
    test: (f) => {
      const c = f.any('severe_dyspnea');
      if (c) return ev(c);
      if (f.has('dyspnea') && f.any('sudden', 'severe')) return ev('dyspnea', f.any('sudden', 'severe'));
      if (f.has('dyspnea') && (f.pregnant || f.has('postpartum') || f.has('hemoptysis') || (f.has('leg_swelling') && f.has('recent_surgery_travel'))))
        return ev('dyspnea', f.any('hemoptysis', 'leg_swelling', 'pregnant', 'postpartum'));
      if (f.has('rapid_breathing') && f.ageYears !== undefined && f.ageYears < 1) return ev('rapid_breathing');
      return undefined;
    },
  },
  {
    id: 'asthma-not-responding',
    level: 'emergency',
    source: sources.asthmaPlan,
    concern: 'an asthma attack not helped by the rescue inhaler',
    test: (f) => (f.has('asthma_rescue_failing') ? ev('asthma_rescue_failing', f.any('dyspnea', 'wheeze')) : undefined),
  },
  {
    id: 'shortness-of-breath',
    level: 'emergency',
    source: sources.nhsBreathing,
    concern: 'shortness of breath',
    followUp: ['Did the breathlessness start suddenly, and can you speak in full sentences?', 'Do you also have chest pain, blue or grey lips, or confusion?'],
    // With details that say it is mild, gradual or only on effort, the care team today is the right level.
    test: (f) => (f.has('dyspnea') && !f.has('breathing_mild') ? provisional(ev('dyspnea')) : undefined),
  },
  {
    id: 'anaphylaxis',
    level: 'emergency',
    source: sources.anaphylaxis,
    concern: 'a severe allergic reaction (anaphylaxis)',
    followUp: ['Is your throat, tongue or lips swelling, or do you have trouble breathing?', 'Do you feel faint or dizzy, or are hives spreading over your body?'],
    test: (f) => {
      if (f.has('airway_swelling')) return ev('airway_swelling', f.any('allergen_exposure'));
      // A trigger, a skin sign and a breathing, gut or circulation sign together (WAO 2020 criteria; ASCIA 2021 lists a persistent cough).
      if (f.has('anaphylaxis_pattern')) return ev('anaphylaxis_pattern');
      const skin = f.any('hives', 'face_swelling');
      const system = f.any('dyspnea', 'severe_dyspnea', 'wheeze', 'lightheaded', 'syncope', 'vomiting');
      if (skin && system && f.has('allergen_exposure')) return ev(skin, system, 'allergen_exposure');
      // A reaction named without its details is treated as possibly severe until they are known.
      if (f.has('allergic_reaction') && !f.has('minor_qualifier')) return provisional(ev('allergic_reaction'));
      return undefined;
    },
  },
  {
    id: 'unresponsive-or-collapse',
    level: 'emergency',
    source: `${sources.syncope}; ${sources.seizure}`,
    concern: 'someone who collapsed or is not responding normally',
    resolvedLevel: 'urgent',
    test: (f) => {
      if (f.has('unresponsive')) return ev('unresponsive');
      if (f.has('syncope') && f.any('chest_pain', 'palpitations', 'dyspnea', 'head_injury', 'severe', 'pregnant'))
        return ev('syncope', f.any('chest_pain', 'palpitations', 'dyspnea', 'head_injury', 'severe', 'pregnant'));
      if (f.has('syncope') && f.record.heartDisease) return withNotes(ev('syncope'), 'heart disease in the record');
      return undefined;
    },
  },
  {
    id: 'sudden-confusion',
    level: 'emergency',
    source: `${sources.strokeSigns}; ${sources.sepsis}; ${sources.delirium}`,
    concern: 'sudden confusion',
    test: (f) => {
      if (!f.has('confusion')) return undefined;
      // Delirium is a change from the person's usual self (NICE CG103); the usual confusion of dementia is not.
      const usual = /\b(?:sometimes|often|always|usually|at times|now and then|every so often|for (?:months|years))\b/.test(f.text);
      if (f.has('known_dementia') && usual && !f.has('sudden')) return undefined;
      return ev('confusion');
    },
  },
  {
    id: 'sepsis-warning-signs',
    level: 'emergency',
    source: sources.sepsis,
    concern: 'possible sepsis',
    test: (f) => {
      const infection = f.any('fever', 'skin_infection', 'uti_symptoms', 'cough', 'infection') ?? (hasFever(f) ? 'fever' : undefined);
      const sign = f.any('mottled_skin', 'dusky_skin', 'sepsis_feature', 'confusion', 'severe_dyspnea', 'unresponsive');
      if (infection && sign) return ev(infection, sign);
      // A resting pulse of 130 or more with an infection is a high-risk sign of sepsis (NICE NG51 2024).
      const pulse = f.measures.heartRate;
      if (infection && pulse !== undefined && pulse >= 130) return withNotes(ev(infection), `heart rate ${pulse}`);
      // Skin going dusky or purple around a wound, or pain far beyond how it looks: a deep infection.
      const wound = f.any('minor_cut', 'wound_needs_closure', 'foot_wound', 'skin_infection', 'animal_bite', 'fever', 'infection');
      if (f.has('dusky_skin') && wound) return ev('dusky_skin', wound);
      return undefined;
    },
  },
  {
    id: 'severe-alcohol-withdrawal',
    level: 'emergency',
    source: sources.alcoholWithdrawal,
    concern: 'severe alcohol withdrawal',
    // Seeing or hearing things, fits or confusion after stopping heavy drinking, or a racing pulse with the shakes: delirium tremens can kill (ASAM 2020).
    test: (f) => {
      if (!f.has('alcohol_stopped')) return undefined;
      const severe = f.any('hallucinations', 'seizure', 'confusion', 'unresponsive');
      if (severe) return ev('alcohol_stopped', severe);
      const pulse = f.measures.heartRate;
      if (pulse !== undefined && pulse >= 120 && f.any('tremor', 'hypo_symptoms', 'sweating')) return withNotes(ev('alcohol_stopped', f.any('tremor', 'hypo_symptoms', 'sweating')), `heart rate ${pulse}`);
      return undefined;
    },
  },
  {
    id: 'alcohol-withdrawal',
    level: 'urgent',
    source: sources.alcoholWithdrawal,
    concern: 'alcohol withdrawal',
    // Shakes, sweats or sickness after stopping heavy drinking need a same-day assessment: withdrawal can worsen over 2-3 days (ASAM 2020).
    test: (f) => {
      if (!f.has('alcohol_stopped')) return undefined;
      const sign = f.any('tremor', 'hypo_symptoms', 'sweating', 'vomiting', 'nausea', 'anxiety', 'palpitations');
      return sign ? ev('alcohol_stopped', sign) : undefined;
    },
  },
  {
    id: 'venomous-bite',
    level: 'emergency',
    source: sources.venom,
    concern: 'a bite or sting from a venomous animal',
    test: (f) => (f.has('venomous_bite') ? ev('venomous_bite') : undefined),
  },
  {
    id: 'possible-hip-fracture',
    level: 'emergency',
    source: sources.hipFracture,
    concern: 'a possible broken hip',
    test: (f) => (f.has('hip_fracture_sign') ? ev('hip_fracture_sign') : undefined),
  },
  {
    id: 'very-slow-or-fast-pulse',
    level: 'emergency',
    source: sources.slowFastPulse,
    concern: 'a very slow or very fast heartbeat with symptoms',
    // Under 40 or over 150 a minute with faintness, breathlessness or chest pain.
    test: (f) => {
      const pulse = f.measures.heartRate;
      if (pulse === undefined || (pulse >= 40 && pulse <= 150)) return undefined;
      const symptom = f.any('lightheaded', 'syncope', 'dizziness', 'dyspnea', 'chest_pain', 'confusion', 'pallor');
      return symptom ? withNotes(ev(symptom), `heart rate ${pulse}`) : undefined;
    },
  },
  {
    id: 'cold-white-limb',
    level: 'emergency',
    source: sources.limbIschaemia,
    concern: 'a limb that has suddenly gone cold, pale and painful',
    test: (f) => (f.has('cold_white_limb') && (f.has('sudden') || /\b(?:numb|can't (?:move|wiggle|feel))\b/.test(f.text)) ? ev('cold_white_limb', f.any('sudden')) : undefined),
  },
  {
    id: 'abdominal-injury',
    level: 'emergency',
    source: sources.abdominalTrauma,
    concern: 'a blow to the belly with signs of bleeding inside',
    test: (f) => {
      if (!f.has('abdominal_blow')) return undefined;
      const sign = f.any('lightheaded', 'syncope', 'shoulder_tip_pain', 'pallor', 'vomit_blood', 'severe') ?? (/\b(?:left|right) shoulder\b/.test(f.text) && /\bribs?\b/.test(f.text) ? 'shoulder pain' : undefined);
      return sign ? ev('abdominal_blow', sign) : undefined;
    },
  },
  {
    id: 'fever-on-chemotherapy',
    level: 'emergency',
    source: sources.febrileNeutropenia,
    concern: 'fever while your immune system is weakened (for example by chemotherapy)',
    test: (f) => (hasFever(f) && (f.has('immunosuppressed') || f.record.immunosuppressed) ? ev('fever', 'immunosuppressed') : undefined),
  },
  {
    id: 'fever-infant-under-3-months',
    level: 'emergency',
    source: `${sources.febrileInfant}; ${sources.feverUnder5}`,
    concern: 'fever in a baby under 3 months old',
    followUp: ['How old is your baby (in weeks or months)?', 'What was the temperature, and how was it taken?'],
    test: (f) => {
      if (!f.has('fever') && f.measures.temperatureC === undefined) return undefined;
      if (isInfantUnder3Months(f) && hasFever(f, 38)) {
        const t = f.measures.temperatureC;
        return withNotes(ev('fever'), `age ${Math.round((f.ageYears ?? 0) * 52)} weeks`, ...(t ? [fmtTemp(t)] : []));
      }
      // A baby whose age is not given is treated as possibly under 3 months until asked.
      if (f.babyOfUnknownAge && hasFever(f, 38)) return provisional(withNotes(ev('fever', 'infant_word'), 'baby of unknown age'));
      return undefined;
    },
  },
  {
    id: 'seriously-ill-child',
    level: 'emergency',
    source: sources.feverUnder5,
    concern: 'a child showing red-flag signs of serious illness',
    test: (f) => {
      const child = f.has('child_subject') || (f.ageYears !== undefined && f.ageYears < 5);
      if (!child) return undefined;
      if (f.has('infant_lethargy')) return ev('infant_lethargy', f.any('fever'));
      // Poor feeding is a red flag in a baby under 3 months, an amber one in older children (NICE NG143).
      if (f.has('poor_feeding') && isInfantUnder3Months(f)) return ev('poor_feeding', f.any('fever'));
      return undefined;
    },
  },
  {
    id: 'meningitis-signs',
    level: 'emergency',
    source: sources.meningitis,
    concern: 'possible meningitis',
    test: (f) => {
      if (f.has('non_blanching_rash')) return ev('non_blanching_rash', f.any('fever'));
      const sign = f.any('neck_stiffness', 'photophobia');
      const base = f.any('fever', 'headache');
      if (sign === 'neck_stiffness' && base) return ev(sign, base);
      if (sign === 'photophobia' && f.has('fever') && f.has('headache')) return ev(sign, 'fever', 'headache');
      return undefined;
    },
  },
  {
    id: 'thunderclap-headache',
    level: 'emergency',
    source: sources.headache,
    concern: 'a sudden, severe headache',
    resolvedLevel: 'emergency',
    test: (f) => {
      if (f.has('worst_headache')) return ev('worst_headache');
      if (f.has('headache') && f.has('sudden') && f.has('severe')) return ev('headache', 'sudden', 'severe');
      if (f.has('headache') && f.any('confusion', 'seizure', 'vision_loss')) return ev('headache', f.any('confusion', 'seizure', 'vision_loss'));
      return undefined;
    },
  },
  {
    id: 'head-injury-red-flags',
    level: 'emergency',
    source: sources.headInjury,
    concern: 'a head injury with danger signs',
    resolvedLevel: 'emergency',
    followUp: ['Did you (or they) pass out, vomit, or become confused or very sleepy after the injury?', 'Do you take a blood thinner such as warfarin, apixaban or rivaroxaban?'],
    test: (f) => {
      if (!f.has('head_injury')) return undefined;
      const flag = f.any(...headInjuryDangerSigns);
      if (flag) return ev('head_injury', flag);
      if (f.record.anticoagulant) return withNotes(ev('head_injury'), 'takes a blood thinner');
      if (headInjuryDetailsKnown(f)) return undefined;
      // Without the deciding details, a head injury is treated as serious until they are known.
      return provisional(ev('head_injury', f.any('headache')));
    },
  },
  {
    id: 'pregnancy-warning-signs',
    level: 'emergency',
    source: `${sources.maternalWarning}; ${sources.pregnancyBleeding}; ${sources.pretermLabor}`,
    concern: 'an urgent warning sign in pregnancy or after birth',
    test: (f) => {
      if (!f.pregnant && !f.has('postpartum')) return undefined;
      const base = f.pregnant ? 'pregnant' : 'postpartum';
      // Severe-range blood pressure in pregnancy or after birth (ACOG 2020): 160 systolic or 110 diastolic.
      const severeBp = f.measures.bloodPressure.find((bp) => bp.systolic >= 160 || bp.diastolic >= 110);
      if (severeBp) return withNotes(ev(base), `blood pressure ${severeBp.systolic}/${severeBp.diastolic}`);
      if (f.any('vaginal_bleeding', 'bleeding_any') && f.has('heavy_qualifier')) return ev(base, f.any('vaginal_bleeding', 'bleeding_any'), 'heavy_qualifier');
      if (f.has('abdominal_pain') && f.has('severe')) return ev(base, 'abdominal_pain', 'severe');
      if (f.has('fetal_movement_down')) return ev(base, 'fetal_movement_down');
      if (f.has('headache') && f.any('vision_change', 'vision_loss', 'severe', 'swelling_face_hands')) return ev(base, 'headache', f.any('vision_change', 'vision_loss', 'severe', 'swelling_face_hands'));
      if (f.has('seizure')) return ev(base, 'seizure');
      if (f.has('waters_broke') && f.measures.gestationalWeeks !== undefined && f.measures.gestationalWeeks < 37) return ev(base, 'waters_broke');
      if (f.has('contractions') && f.measures.gestationalWeeks !== undefined && f.measures.gestationalWeeks < 37) return withNotes(ev(base, 'contractions'), `${f.measures.gestationalWeeks} weeks`);
      // Early pregnancy with shoulder-tip pain, or belly pain with bleeding or faintness: possible ectopic (ACOG 2018).
      if (f.pregnant && f.has('shoulder_tip_pain')) return ev(base, 'shoulder_tip_pain', f.any('abdominal_pain', 'lightheaded', 'syncope'));
      if (f.pregnant && f.has('abdominal_pain') && f.any('vaginal_bleeding', 'bleeding_any', 'lightheaded', 'syncope'))
        return ev(base, 'abdominal_pain', f.any('vaginal_bleeding', 'bleeding_any', 'lightheaded', 'syncope'));
      // Bleeding with cramping pains: a possible miscarriage, ectopic pregnancy or placental abruption (ACOG 2023).
      // Light spotting with mild cramps early on is for the care team today; strong cramps, or any after 20 weeks, are not.
      if (f.pregnant && f.has('cramping') && f.any('vaginal_bleeding', 'bleeding_any')) {
        const strong = f.has('severe') || /\b(?:strong|bad|intense|awful|terrible|agoni[sz]ing|painful)\s+(?:\w+\s+)?cramp/.test(f.text);
        const late = f.measures.gestationalWeeks !== undefined && f.measures.gestationalWeeks >= 20;
        if ((strong || late) && !f.has('minor_qualifier')) return ev(base, 'cramping', f.any('vaginal_bleeding', 'bleeding_any'));
      }
      if (f.has('postpartum') && f.any('dyspnea', 'chest_pain')) return ev(base, f.any('dyspnea', 'chest_pain'));
      // Pain under the right ribs with a headache or changed sight: pre-eclampsia or HELLP (NICE NG133 2023).
      if (f.pregnant && f.has('ruq_pain') && f.any('vision_change', 'vision_loss', 'headache')) return ev(base, 'ruq_pain', f.any('vision_change', 'vision_loss', 'headache'));
      // After birth, a fever with a racing heart, fast breathing or a sense that something is badly wrong: maternal sepsis (CDC Hear Her 2023).
      if (f.has('postpartum') && hasFever(f) && f.any('palpitations', 'rapid_breathing', 'sepsis_feature', 'doom', 'confusion'))
        return ev(base, 'fever', f.any('palpitations', 'rapid_breathing', 'sepsis_feature', 'doom', 'confusion'));
      return undefined;
    },
  },
  {
    id: 'severe-low-blood-sugar',
    level: 'emergency',
    source: sources.hypoglycemia,
    concern: 'a severe low blood sugar',
    test: (f) => {
      const low = f.measures.glucose.some((g) => g < 70) || f.has('low_sugar');
      if (!low) return undefined;
      const sign = f.any('confusion', 'unresponsive', 'syncope', 'seizure', 'speech_trouble');
      if (sign) return withNotes(ev('low_sugar', sign), ...f.measures.glucose.filter((g) => g < 70).map((g) => `blood sugar ${g} mg/dL`));
      if (f.measures.glucose.some((g) => g < 54) && /\b(?:can't|unable to|won't) (?:eat|drink|swallow)\b/.test(f.text)) return ev('low_sugar');
      return undefined;
    },
  },
  {
    // Level 3 hypoglycaemia is known by its signs, not a reading: someone with diabetes who is shaky or
    // sweaty and confused, not making sense or unable to swallow needs help from others (ADA 2024).
    id: 'severe-low-blood-sugar-signs',
    level: 'emergency',
    source: sources.hypoglycemia,
    concern: 'a severe low blood sugar',
    test: (f) => {
      const diabetes = f.record.diabetes || /\b(?:diabet\w*|insulin|type [12]\b)/.test(f.text);
      if (!diabetes || !f.has('hypo_symptoms')) return undefined;
      const sign = f.any('confusion', 'speech_trouble', 'unresponsive', 'seizure');
      if (sign) return ev('hypo_symptoms', sign);
      return /\b(?:can't|cant|unable to|won't|not able to) (?:even )?(?:eat|drink|swallow)\b/.test(f.text) ? ev('hypo_symptoms') : undefined;
    },
  },
  {
    id: 'possible-diabetic-ketoacidosis',
    level: 'emergency',
    source: sources.dka,
    concern: 'possible diabetic ketoacidosis (DKA)',
    test: (f) => {
      const high = f.measures.glucoseHi || f.measures.glucose.some((g) => g >= 250) || f.has('high_sugar');
      if (f.has('ketones') && /\b(?:fruity|pear ?drops|nail polish|acetone|ketoacidosis|dka|large|high|moderate)\b/.test(f.text) && (high || f.any('vomiting', 'rapid_breathing', 'abdominal_pain')))
        return ev('ketones', f.any('vomiting', 'rapid_breathing', 'abdominal_pain', 'high_sugar'));
      if (high && f.any('vomiting', 'rapid_breathing', 'confusion'))
        return withNotes(ev('high_sugar', f.any('vomiting', 'rapid_breathing', 'confusion')), ...f.measures.glucose.filter((g) => g >= 250).map((g) => `blood sugar ${g} mg/dL`));
      return undefined;
    },
  },
  {
    id: 'gi-bleeding',
    level: 'emergency',
    source: sources.giBleeding,
    concern: 'signs of bleeding in the stomach or bowel',
    resolvedLevel: 'urgent',
    test: (f) => {
      const c = f.any('vomit_blood', 'melena', 'heavy_rectal_bleeding');
      if (c) return ev(c);
      if (f.has('rectal_bleeding') && f.any('lightheaded', 'syncope')) return ev('rectal_bleeding', f.any('lightheaded', 'syncope'));
      return undefined;
    },
  },
  {
    id: 'severe-bleeding',
    level: 'emergency',
    source: `${sources.bleeding}; ${sources.prolongedBleeding}`,
    concern: 'bleeding that will not stop',
    test: (f) => {
      if (f.has('uncontrolled_bleeding')) return ev('uncontrolled_bleeding');
      if (f.has('bone_through_skin')) return ev('bone_through_skin');
      // Ten minutes or more of bleeding despite pressure, or on a blood thinner, is bleeding that will not stop.
      if (f.has('bleeding_long') && (f.has('pressure_applied') || f.has('blood_swallowed') || f.record.anticoagulant))
        return withNotes(ev('bleeding_long', f.any('pressure_applied', 'blood_swallowed')), ...(f.record.anticoagulant ? ['takes a blood thinner'] : []));
      return undefined;
    },
  },
  {
    id: 'severe-abdominal-pain',
    level: 'emergency',
    source: sources.abdominalPain,
    concern: 'sudden or severe pain in the belly or side',
    test: (f) => {
      const pain = f.any('abdominal_pain', 'flank_pain');
      if (!pain) return undefined;
      if (f.has('rigid_abdomen')) return ev(pain, 'rigid_abdomen');
      if (f.has('severe')) return ev(pain, 'severe');
      if (f.has('sudden') && f.has('vomiting')) return ev(pain, 'sudden', 'vomiting');
      return undefined;
    },
  },
  {
    id: 'possible-appendicitis',
    level: 'emergency',
    source: sources.appendicitis,
    concern: 'possible appendicitis',
    // The classic course (pain moving from the belly button to the lower right, or jolted by movement) with a fever or no appetite.
    test: (f) => {
      if (!f.has('appendicitis_pattern')) return undefined;
      const more = f.any('fever', 'vomiting', 'nausea', 'severe') ?? (hasFever(f) ? 'fever' : undefined) ?? (/\b(?:can't|cannot|can not|not able to|unable to) eat\b|\bno appetite\b|\boff (?:my|his|her) food\b/.test(f.text) ? 'appetite' : undefined);
      return more ? ev('appendicitis_pattern', more) : undefined;
    },
  },
  {
    id: 'heavy-vaginal-bleeding',
    level: 'emergency',
    source: sources.heavyVaginalBleeding,
    concern: 'very heavy bleeding',
    // Soaking a pad within an hour, again and again, or heavy bleeding with faintness (ACOG 2022; CDC 2023).
    test: (f) => {
      if (f.has('pad_soaking')) return ev('pad_soaking', f.any('lightheaded', 'syncope', 'pallor', 'dizziness'));
      return undefined;
    },
  },
  {
    id: 'testicular-pain',
    level: 'emergency',
    source: sources.torsion,
    concern: 'sudden pain in a testicle (possible torsion)',
    followUp: ['Did the pain start suddenly, within the last few hours?'],
    // Pain that came on slowly over days, with no sudden start or severe pain, reads as infection (epididymitis), seen the same day instead.
    test: (f) => (f.has('testicle_pain') && !(f.measures.durationDays !== undefined && f.measures.durationDays > 7 && !f.has('sudden')) && !(gradualOnset.test(f.text) && !f.any('sudden', 'severe', 'vomiting')) ? (f.any('sudden', 'severe', 'vomiting') ? ev('testicle_pain', f.any('sudden', 'severe', 'vomiting')) : provisional(ev('testicle_pain'))) : undefined),
  },
  {
    id: 'testicle-pain-gradual',
    level: 'urgent',
    source: sources.torsion,
    concern: 'pain or swelling in a testicle',
    // Slow-onset testicle pain still needs an examination today (infection, or a torsion that began quietly).
    test: (f) => (f.has('testicle_pain') && gradualOnset.test(f.text) ? ev('testicle_pain') : undefined),
  },
  {
    id: 'seizure',
    level: 'emergency',
    source: sources.seizure,
    concern: 'a seizure',
    resolvedLevel: 'emergency',
    test: (f) => {
      if (!f.has('seizure')) return undefined;
      // CDC: for someone with known epilepsy, a typical short seizure with full recovery does not need 911.
      if (f.record.epilepsy && !f.any('seizure_prolonged', 'unresponsive', 'head_injury', 'dyspnea', 'pregnant')) return undefined;
      return ev('seizure', f.any('seizure_prolonged', 'first_seizure'));
    },
  },
  {
    id: 'eye-emergency',
    level: 'emergency',
    source: sources.eye,
    concern: 'an eye emergency',
    test: (f) => (f.has('eye_chemical') ? ev('eye_chemical') : undefined),
  },
  {
    id: 'hypertensive-emergency',
    level: 'emergency',
    source: sources.bloodPressure,
    concern: 'very high blood pressure with symptoms',
    test: (f) => {
      const crisis = f.measures.bloodPressure.find((bp) => bp.systolic >= 180 || bp.diastolic >= 120);
      if (!crisis) return undefined;
      // A slight headache alone is not a sign of organ damage (AHA/ACC 2017: hypertensive urgency, not emergency).
      const headache = f.has('headache') && !(f.has('mild_headache') && f.has('minor_qualifier')) ? 'headache' : undefined;
      const symptom = f.any('chest_pain', 'dyspnea', 'back_pain', 'limb_weakness', 'face_droop', 'vision_change', 'vision_loss', 'speech_trouble', 'confusion') ?? headache;
      return symptom ? withNotes(ev(symptom), `blood pressure ${crisis.systolic}/${crisis.diastolic}`) : undefined;
    },
  },
  {
    id: 'serious-burn-or-shock',
    level: 'emergency',
    source: sources.burns,
    concern: 'a serious burn or electric shock',
    test: (f) => (f.has('severe_burn') ? ev('severe_burn') : undefined),
  },
  {
    id: 'heat-stroke',
    level: 'emergency',
    source: sources.heat,
    concern: 'possible heat stroke',
    test: (f) => {
      if (f.has('heat_illness') && f.any('confusion', 'syncope', 'unresponsive')) return ev('heat_illness', f.any('confusion', 'syncope', 'unresponsive'));
      // 40 °C or more after stimulant drugs, or with no way to cool down: drug-induced or exertional heat stroke.
      const t = f.measures.temperatureC;
      if (t !== undefined && t >= 40 && (f.has('recreational_drug') || /\b(?:can't|cannot|can not|unable to) cool (?:down|off)\b/.test(f.text))) return withNotes(ev(f.any('recreational_drug')), fmtTemp(t));
      return undefined;
    },
  },
  {
    id: 'cauda-equina-signs',
    level: 'emergency',
    source: sources.backPain,
    concern: 'back pain with numbness around the groin or loss of bladder or bowel control',
    test: (f) => {
      if (f.has('cauda_equina') && f.any('back_pain', 'leg_weakness', 'flank_pain')) return ev('cauda_equina', f.any('back_pain', 'leg_weakness'));
      // Saddle numbness with new loss of bladder or bowel control needs the same emergency scan, with or without back pain.
      if (f.has('saddle_numbness') && f.has('continence_loss')) return ev('saddle_numbness', 'continence_loss');
      // New numbness of the saddle area with back pain is a red flag on its own (GIRFT 2023): scan the same day, now.
      if (f.has('saddle_numbness') && f.any('back_pain', 'leg_weakness')) return ev('saddle_numbness', f.any('back_pain', 'leg_weakness'));
      return undefined;
    },
  },
  {
    id: 'tearing-pain',
    level: 'emergency',
    source: sources.aorticDisease,
    concern: 'sudden tearing pain that can mean a tear or rupture of the aorta',
    test: (f) => (f.has('tearing_pain') ? ev('tearing_pain', f.any('sudden', 'severe', 'lightheaded', 'syncope')) : undefined),
  },
  {
    id: 'drooling-or-cannot-swallow',
    level: 'emergency',
    source: sources.epiglottitis,
    concern: 'a throat problem that may block the airway',
    test: (f) => {
      if (!f.has('cant_swallow_saliva')) return undefined;
      // A baby or toddler who only drools, with no breathing, swallowing or throat sign, is teething (NHS, Teething 2023).
      const droolOnly = f.matchedTexts('cant_swallow_saliva').every((t) => /^drool/.test(t));
      const young = (f.ageYears !== undefined && f.ageYears < 3) || f.babyOfUnknownAge || f.has('infant_word');
      const noisyBreathing = /\b(?:stridor|noise (?:when )?breathing|noisy breathing|harsh (?:noise|sound)|pulling in|sucking in|barking|struggling to breathe)\b/.test(f.text);
      if (droolOnly && young && !noisyBreathing && !f.any('dyspnea', 'severe_dyspnea', 'rapid_breathing', 'sore_throat', 'swallowing_trouble', 'cough') && !hasFever(f, 38.5)) return undefined;
      return ev('cant_swallow_saliva');
    },
  },
  {
    id: 'coughing-blood',
    level: 'emergency',
    source: sources.nhsBreathing,
    concern: 'coughing up blood',
    followUp: ['Is it more than a few streaks of blood, or are you also short of breath?'],
    test: (f) => {
      // More than a few teaspoons is a 999 call (NHS 2023); an amount word settles it.
      if (f.has('hemoptysis_heavy')) return ev('hemoptysis_heavy');
      return f.has('hemoptysis') && !/\b(?:streaks?|specks?|flecks?|tinged|a little)\b/.test(f.text) ? provisional(ev('hemoptysis')) : undefined;
    },
  },

  // ---------- Urgent: contact the care team or urgent care today ----------
  {
    // The catch-all: a red-flag finding in someone whose body has less reserve is never left at home care,
    // even when no specific rule decides it. Asked about, and treated as urgent until answered.
    id: 'red-flag-in-vulnerable-person',
    level: 'urgent',
    source: sources.vulnerable,
    concern: 'a warning sign in someone at higher risk (a baby, pregnancy, a blood thinner or a weak immune system)',
    followUp: [
      'How long has this been going on, and is it getting worse?',
      'Is there any trouble breathing, bleeding that will not stop, confusion, or (for a baby) floppiness or refusing feeds?',
    ],
    test: (f) => {
      const who = vulnerability(f);
      if (!who) return undefined;
      // A fever is decided by the age-specific fever rules (NICE NG143) once a baby's age is known to be 6 months or more.
      const feverDecided = who === 'a baby under 1 year' && f.ageYears !== undefined && f.ageYears >= 0.5;
      const flags = vulnerableRedFlags.filter((c) => (c === 'fever' ? hasFever(f) && !feverDecided : true));
      const flag = f.any(...flags) ?? (f.has('vomiting') && f.has('severe') ? 'vomiting' : undefined);
      return flag ? provisional(withNotes(ev(flag), who)) : undefined;
    },
  },
  {
    id: 'chest-pain-on-movement',
    level: 'urgent',
    source: sources.chestPainGuideline,
    concern: 'chest pain that changes with movement or pressing',
    test: (f) => (f.has('chest_pain') ? ev('chest_pain') : undefined),
  },
  {
    id: 'breathlessness-worse',
    level: 'urgent',
    source: sources.nhsBreathing,
    concern: 'shortness of breath that has built up or got worse',
    test: (f) => (f.any('dyspnea', 'rapid_breathing') ? ev(f.any('dyspnea', 'rapid_breathing')) : undefined),
  },
  {
    id: 'asthma-worsening',
    level: 'urgent',
    source: sources.asthmaPlan,
    concern: 'asthma that needs the rescue inhaler more than usual',
    test: (f) => (f.has('asthma_rescue_frequent') ? ev('asthma_rescue_frequent') : f.has('wheeze') ? ev('wheeze') : undefined),
  },
  // Same-day problems: each is for the care team or urgent care today, not an emergency by itself.
  {
    id: 'dental-infection',
    level: 'urgent',
    source: sources.dentalAbscess,
    concern: 'a possible tooth abscess',
    test: (f) => (f.has('dental_infection') && (f.any('fever', 'face_swelling') || hasFever(f, 37.5) || /\b(?:pus|abscess|cheek|jaw|face)\b/.test(f.text)) ? ev('dental_infection', f.any('fever', 'face_swelling')) : undefined),
  },
  {
    id: 'headache-not-settling',
    level: 'urgent',
    source: `${sources.migraineLasting}; ${sources.headache}`,
    concern: 'a headache that has lasted days or is not helped by your usual treatment',
    test: (f) => {
      if (!f.has('headache') || f.onlyResolved('headache')) return undefined;
      if ((f.measures.durationDays ?? 0) >= 3 && !f.has('frequent_recurring')) return withNotes(ev('headache'), `${Math.round(f.measures.durationDays ?? 0)} days`);
      return f.has('usual_treatment_failing') ? ev('headache', 'usual_treatment_failing') : undefined;
    },
  },
  {
    id: 'frostbite',
    level: 'urgent',
    source: sources.frostbite,
    concern: 'frostbite',
    // White, numb or waxy skin after the cold that blisters once warmed, told over several sentences.
    test: (f) => (f.has('frostbite') || (/\b(?:went|turned|were|was|are) (?:white|waxy|grey|gray)\b/.test(f.text) && /\b(?:cold|ice|snow|freezing|frost)\b/.test(f.text) && /\bblister/.test(f.text)) ? ev('frostbite') : undefined),
  },
  {
    id: 'possible-quinsy',
    level: 'urgent',
    source: sources.quinsy,
    concern: 'a possible abscess next to the tonsil',
    test: (f) => (f.has('quinsy_sign') && f.any('sore_throat', 'fever') ? ev('quinsy_sign', f.any('sore_throat', 'fever')) : undefined),
  },
  {
    id: 'high-inr',
    level: 'urgent',
    source: sources.warfarinInr,
    concern: 'a high INR on a blood thinner',
    test: (f) => (f.has('high_inr') ? ev('high_inr') : undefined),
  },
  {
    id: 'chest-infection-worsening',
    level: 'urgent',
    source: `${sources.chestInfection}; ${sources.copdFlare}`,
    concern: 'a chest infection that is getting worse or a COPD flare',
    test: (f) => {
      if (f.has('relapse_after_improving') && (hasFever(f) || f.any('cough', 'dyspnea'))) return ev('relapse_after_improving', f.any('cough', 'dyspnea', 'fever'));
      if (f.has('copd_flare') && (f.record.copd || /\b(?:copd|emphysema|chronic bronchitis)\b/.test(f.text))) return ev('copd_flare', f.any('dyspnea', 'cough', 'wheeze'));
      return undefined;
    },
  },
  {
    id: 'possible-pelvic-infection',
    level: 'urgent',
    source: sources.pid,
    concern: 'a possible pelvic or sexually transmitted infection',
    test: (f) => (f.has('genital_discharge') && (f.has('abdominal_pain') || f.has('sti_risk') || f.has('fever')) ? ev('genital_discharge', f.any('abdominal_pain', 'sti_risk', 'fever')) : undefined),
  },
  {
    id: 'possible-concussion',
    level: 'urgent',
    source: sources.headInjury,
    concern: 'a possible concussion',
    test: (f) => (f.has('head_injury') && f.has('concussion_symptom') && !f.onlyResolved('head_injury') ? ev('head_injury', 'concussion_symptom') : undefined),
  },
  {
    id: 'eating-disorder-physical-risk',
    level: 'urgent',
    source: sources.eatingDisorder,
    concern: 'an eating problem that is affecting your body',
    test: (f) => {
      const restricting = f.has('restrictive_eating') || (f.has('weight_loss') && (/\b(?:not eating|barely eating|hardly eating|from not eating|skipping meals)\b/.test(f.text) || f.has('period_stopped'))) || (f.has('period_stopped') && /\blost\b(?:\s+\S+){0,2}?\s+\d+(?:\.\d)?\s*(?:kg|kilos?|lbs?|pounds|stone)\b/.test(f.text));
      const body = f.any('period_stopped', 'lightheaded', 'syncope', 'palpitations', 'dizziness');
      return restricting && body ? ev(f.any('restrictive_eating', 'weight_loss'), body) : undefined;
    },
  },
  {
    id: 'behaviour-change-in-dementia',
    level: 'urgent',
    source: sources.delirium,
    concern: 'a sudden change in behaviour (possible delirium)',
    test: (f) => {
      const dementia = f.has('known_dementia') || f.record.dementia;
      return dementia && f.has('behaviour_change') ? ev('behaviour_change') : undefined;
    },
  },
  {
    id: 'mouth-sores-on-cancer-treatment',
    level: 'urgent',
    source: sources.mouthSoresCancer,
    concern: 'mouth sores that stop you eating during cancer treatment',
    test: (f) => {
      const soresStopEating = f.has('mouth_ulcers_eating') || /\b(?:ulcers?|sores?)\b(?:\s+\S+){0,3}?\s+(?:in|inside) (?:my|his|her|the) mouth\b[^.]{0,60}?\b(?:hard|difficult|can't|cannot|struggl\w*|painful|unable) (?:to )?(?:eat|drink|swallow)/.test(f.text);
      return soresStopEating && (f.has('immunosuppressed') || f.record.immunosuppressed) ? ev('immunosuppressed') : undefined;
    },
  },
  {
    id: 'back-pain-red-flags',
    level: 'urgent',
    source: sources.backPainRedFlags,
    concern: 'back pain with warning signs',
    // Past cancer, weight loss without trying, or pain that wakes you at night: the NICE red flags for a serious cause.
    test: (f) => {
      if (!f.has('back_pain')) return undefined;
      const cancer = /\b(?:had|history of|treated for|survivor of)\b(?:\s+\S+){0,3}?\s+(?:\w+ )?cancer\b/.test(f.text);
      const night = /\b(?:wakes? me|waking me|at night|night pain|worse at night|keeps me up)\b/.test(f.text);
      const weightLoss = f.has('weight_loss') || (/\b(?:lost|losing|dropped)\b(?:\s+\S+){0,3}?\s+(?:weight|kg|kilos?|lbs?|pounds|stone)\b/.test(f.text) && /\b(?:without trying|not trying|unexplained|for no reason|without dieting)\b/.test(f.text));
      const flag = weightLoss ? 'weight loss without trying' : cancer && night ? 'cancer history' : undefined;
      return flag && (cancer || night) ? withNotes(ev('back_pain'), flag) : undefined;
    },
  },
  {
    id: 'heart-failure-fluid-gain',
    level: 'urgent',
    source: sources.heartFailureWeight,
    concern: 'quick weight gain with heart failure',
    test: (f) => (f.has('weight_gain_fast') && (f.record.heartDisease || /\bheart failure\b|\b(?:ankles?|legs?|feet)\b(?:\s+\S+){0,3}?\s+(?:swollen|puffy|fatter|bigger)\b/.test(f.text)) ? ev('weight_gain_fast') : undefined),
  },
  {
    id: 'catheter-not-draining',
    level: 'urgent',
    source: sources.catheter,
    concern: 'a catheter that has stopped draining',
    test: (f) => (f.has('catheter_blocked') ? ev('catheter_blocked') : undefined),
  },
  {
    id: 'possible-mastitis',
    level: 'urgent',
    source: sources.mastitis,
    concern: 'a possible breast infection while breastfeeding',
    test: (f) => (f.has('mastitis_sign') && (f.has('breastfeeding') || f.has('postpartum')) && (hasFever(f) || f.any('shivering', 'fever') || /\bmastitis\b|\bred\b/.test(f.text)) ? ev('mastitis_sign', f.any('fever', 'shivering')) : undefined),
  },
  {
    id: 'swallowed-object',
    level: 'urgent',
    source: sources.swallowedObject,
    concern: 'a swallowed coin or small object',
    test: (f) => (f.has('swallowed_object') ? ev('swallowed_object') : undefined),
  },
  {
    id: 'eye-foreign-body',
    level: 'urgent',
    source: sources.eyeForeignBody,
    concern: 'something that may be stuck in the eye',
    // Told across clauses too: "was grinding metal, and now my eye feels scratchy".
    test: (f) => (f.has('eye_foreign_body') || /\b(?:grinding|drilling|hammering|chisell?ing|welding|sanding|angle grinder)\b[^.?!]{0,80}?\beyes?\b/.test(f.text) ? ev('eye_foreign_body') : undefined),
  },
  {
    id: 'low-fever-when-immunosuppressed',
    level: 'urgent',
    source: sources.febrileNeutropenia,
    concern: 'a raised temperature while your immune system is weakened',
    // A transplant or chemotherapy months ago still weakens the immune system today.
    resolvedLevel: 'urgent',
    // Below the 38 °C of the emergency rule, a raised temperature still needs the team today after a transplant or on chemotherapy.
    test: (f) => {
      const t = f.measures.temperatureC;
      const weak = f.has('immunosuppressed') || f.record.immunosuppressed;
      return weak && t !== undefined && t >= 37.5 ? withNotes(ev('immunosuppressed'), fmtTemp(t)) : undefined;
    },
  },
  {
    id: 'ear-discharge-with-fever',
    level: 'urgent',
    source: sources.otitis,
    concern: 'an ear infection with discharge and fever',
    // Pus from the ear with a fever, or in a child under 2, is seen the same day (AAP 2013).
    test: (f) => (f.has('ear_discharge') && (hasFever(f) || (f.ageYears !== undefined && f.ageYears < 2)) ? ev('ear_discharge', f.any('fever')) : undefined),
  },
  {
    id: 'reaction-to-new-medicine',
    level: 'urgent',
    source: sources.drugReaction,
    concern: 'a possible reaction to a new medicine',
    test: (f) => {
      const sign = f.any('rash', 'hives', 'face_swelling', 'allergic_reaction');
      return sign && f.has('new_medicine') ? ev(sign, 'new_medicine') : sign === 'allergic_reaction' ? ev(sign) : undefined;
    },
  },
  {
    id: 'abdominal-pain-with-fever-or-vomiting',
    level: 'urgent',
    source: sources.abdominalPain,
    concern: 'belly pain with fever or vomiting',
    test: (f) => {
      const pain = f.any('abdominal_pain', 'flank_pain');
      const other = f.any('fever', 'vomiting');
      return pain && other ? ev(pain, other) : undefined;
    },
  },
  {
    id: 'face-or-lip-swelling',
    level: 'urgent',
    source: sources.anaphylaxis,
    concern: 'swelling of the lips or face',
    test: (f) => {
      if (!f.has('face_swelling')) return undefined;
      // A swollen lip right where an insect stung is a local reaction (ACAAI); swelling without a sting is not.
      if (f.has('insect_sting') && !f.any('hives', 'dyspnea', 'lightheaded')) return undefined;
      return ev('face_swelling');
    },
  },
  {
    id: 'fever-infant-3-to-6-months',
    level: 'urgent',
    source: sources.feverUnder5,
    concern: 'a high fever in a baby 3 to 6 months old',
    test: (f) => {
      const age = f.ageYears;
      const t = f.measures.temperatureC;
      if (age !== undefined && age >= 0.25 && age < 0.5 && t !== undefined && t >= 39) return withNotes(ev('fever'), fmtTemp(t));
      return undefined;
    },
  },
  {
    id: 'fever-high-or-long',
    level: 'urgent',
    source: `${sources.feverUnder5}; ${sources.childFever}`,
    concern: 'a very high fever or one that has lasted 5 days or more',
    test: (f) => {
      const t = f.measures.temperatureC;
      if (t !== undefined && t >= 40) return withNotes(ev('fever'), fmtTemp(t));
      if (f.has('fever') && f.measures.durationDays !== undefined && f.measures.durationDays >= 5 && !f.onlyResolved('fever')) return withNotes(ev('fever'), `${Math.round(f.measures.durationDays)} days`);
      // A child's fever lasting more than 3 days (72 hours) is seen by the doctor (AAP 2022).
      if (isChild(f) && hasFever(f) && (f.measures.durationDays ?? 0) >= 3 && !f.onlyResolved('fever')) return withNotes(ev('fever'), `${Math.round(f.measures.durationDays ?? 0)} days in a child`);
      return undefined;
    },
  },
  {
    id: 'fever-with-rash',
    level: 'urgent',
    source: sources.rashFever,
    concern: 'a rash with a fever',
    test: (f) => {
      // A rash by name, not spots on the tonsils or the blisters of a burn.
      const rash = f.has('hives') ? 'hives' : f.matchedTexts('rash').some((t) => /^(?:rash|welts)/.test(t)) ? 'rash' : undefined;
      return rash && hasFever(f) ? ev('fever', rash) : undefined;
    },
  },
  {
    id: 'chest-infection-older-adult',
    level: 'urgent',
    source: sources.chestInfection,
    concern: 'a possible chest infection at 65 or over',
    test: (f) => (f.ageYears !== undefined && f.ageYears >= 65 && hasFever(f) && f.has('cough') ? withNotes(ev('fever', 'cough'), `age ${Math.floor(f.ageYears)}`) : undefined),
  },
  {
    id: 'fever-in-pregnancy',
    level: 'urgent',
    source: sources.maternalWarning,
    concern: 'a fever during pregnancy',
    test: (f) => (f.pregnant && hasFever(f) ? ev('pregnant', 'fever') : undefined),
  },
  {
    id: 'bleeding-in-pregnancy',
    level: 'urgent',
    source: sources.pregnancyBleeding,
    concern: 'bleeding or pain during pregnancy',
    test: (f) => {
      if (!f.pregnant) return undefined;
      const c = f.any('vaginal_bleeding', 'bleeding_any', 'abdominal_pain', 'contractions', 'waters_broke', 'headache', 'swelling_face_hands', 'vision_change');
      return c ? ev('pregnant', c) : undefined;
    },
  },
  {
    id: 'bleeding-on-blood-thinner',
    level: 'urgent',
    source: sources.anticoagulantBleeding,
    concern: 'bleeding while taking a blood thinner',
    test: (f) => {
      if (!f.record.anticoagulant) return undefined;
      const c = f.any('bleeding_any', 'nosebleed', 'rectal_bleeding', 'blood_in_urine', 'head_injury', 'unexplained_bruising');
      return c ? withNotes(ev(c), 'takes a blood thinner') : undefined;
    },
  },
  {
    id: 'extra-dose-taken',
    level: 'urgent',
    kind: 'poison',
    source: sources.poison,
    concern: 'an extra or double dose of a medicine',
    advice: 'Call Poison Control now at 1-800-222-1222 (free, 24 hours a day); they can tell you whether the extra dose is a problem and what to watch for.',
    test: (f) => (f.has('extra_dose') ? ev('extra_dose') : undefined),
  },
  {
    id: 'low-blood-sugar',
    level: 'urgent',
    source: sources.hypoglycemia,
    concern: 'a low blood sugar',
    advice: 'Take 15 grams of fast sugar now (4 ounces of juice or regular soda, or glucose tablets), check again in 15 minutes, and repeat if it is still under 70.',
    test: (f) => {
      const low = f.measures.glucose.filter((g) => g < 70);
      if (low.length > 0) return withNotes(ev('low_sugar'), ...low.map((g) => `blood sugar ${g} mg/dL`));
      return f.has('low_sugar') ? ev('low_sugar') : undefined;
    },
  },
  {
    id: 'high-blood-sugar',
    level: 'urgent',
    source: sources.dka,
    concern: 'a high blood sugar',
    test: (f) => {
      const high = f.measures.glucose.filter((g) => g >= 300);
      if (high.length > 0 || f.measures.glucoseHi) return withNotes(ev('high_sugar'), ...high.map((g) => `blood sugar ${g} mg/dL`));
      if (f.has('ketones')) return ev('ketones');
      if (f.has('high_sugar') && (f.record.diabetes || /\b(?:diabet|insulin)/.test(f.text)) && /\b(?:all day|for days|won't come down|not coming down|keeps? (?:going up|rising)|very high|through the roof|sky high)\b/.test(f.text)) return ev('high_sugar');
      return undefined;
    },
  },
  {
    id: 'diabetes-sick-day',
    level: 'urgent',
    source: sources.dka,
    concern: 'vomiting or not eating while you have diabetes',
    test: (f) => (f.record.diabetes && f.any('vomiting', 'dehydration') ? withNotes(ev(f.any('vomiting', 'dehydration')), 'diabetes') : undefined),
  },
  {
    id: 'very-high-blood-pressure',
    level: 'urgent',
    source: sources.bloodPressure,
    concern: 'blood pressure in the severe range',
    test: (f) => {
      const crisis = f.measures.bloodPressure.find((bp) => bp.systolic >= 180 || bp.diastolic >= 120);
      return crisis ? withNotes(ev(), `blood pressure ${crisis.systolic}/${crisis.diastolic}`) : undefined;
    },
  },
  {
    id: 'possible-blood-clot',
    level: 'urgent',
    source: sources.dvt,
    concern: 'a possible blood clot in the leg',
    test: (f) => (f.has('leg_swelling') && f.any('leg_pain', 'recent_surgery_travel') && !/\bboth (?:legs|ankles|feet)\b/.test(f.text) ? ev('leg_swelling', f.any('leg_pain', 'recent_surgery_travel')) : undefined),
  },
  {
    id: 'kidney-infection',
    level: 'urgent',
    source: sources.uti,
    concern: 'a urine infection that may have reached the kidneys',
    test: (f) => {
      if (!f.has('uti_symptoms')) return undefined;
      const c = f.any('fever', 'flank_pain', 'vomiting', 'blood_in_urine');
      if (c) return ev('uti_symptoms', c);
      if (f.pregnant) return ev('uti_symptoms', 'pregnant');
      return undefined;
    },
  },
  {
    id: 'spreading-skin-infection',
    level: 'urgent',
    source: sources.cellulitis,
    concern: 'a skin infection that is spreading',
    test: (f) => (f.has('skin_infection') ? ev('skin_infection', f.any('fever')) : undefined),
  },
  {
    id: 'shingles',
    level: 'urgent',
    source: sources.shingles,
    concern: 'possible shingles (treatment works best when started within 3 days)',
    test: (f) => (f.has('shingles') ? ev('shingles') : undefined),
  },
  {
    id: 'animal-bite',
    level: 'urgent',
    source: sources.rabies,
    concern: 'an animal bite or scratch',
    // A bite that broke the skin needs assessing for antibiotics and rabies or tetanus cover even once it stops bleeding (NICE NG184 2020).
    resolvedLevel: 'urgent',
    test: (f) => (f.has('animal_bite') ? ev('animal_bite') : undefined),
  },
  {
    id: 'dehydration',
    level: 'urgent',
    source: `${sources.gastro}; ${sources.dehydrationChild}`,
    concern: 'not keeping fluids down or signs of dehydration',
    test: (f) => {
      if (f.has('dehydration')) return ev('dehydration');
      const days = f.measures.durationDays;
      const gi = f.any('vomiting', 'diarrhea');
      // Losing fluid with dark urine and dizziness on standing: dehydration (NHS 2023), more so on water tablets.
      if (gi && f.any('lightheaded', 'dizziness') && /\b(?:(?:water|urine|pee|wee)\b(?:\s+\S+){0,2}?\s+(?:is|was|looks|has been|very|really|quite) (?:very |really |quite )?dark|dark (?:urine|pee|wee)|hardly (?:peeing|passing water|weeing))\b/.test(f.text)) return ev(gi, f.any('lightheaded', 'dizziness'));
      if (gi === 'vomiting' && days !== undefined && days >= 2) return withNotes(ev('vomiting'), `${Math.round(days)} days`);
      if (gi === 'diarrhea' && days !== undefined && days >= 7) return withNotes(ev('diarrhea'), `${Math.round(days)} days`);
      if (gi && f.ageYears !== undefined && f.ageYears < 1 && /\b(?:can't|won't|not) (?:keep|feed|drink)/.test(f.text)) return ev(gi);
      return undefined;
    },
  },
  {
    id: 'bloody-diarrhea',
    level: 'urgent',
    source: sources.ecoli,
    concern: 'bloody diarrhea',
    test: (f) => (f.has('bloody_diarrhea') ? ev('bloody_diarrhea') : undefined),
  },
  {
    id: 'fainting',
    level: 'urgent',
    source: sources.syncope,
    concern: 'a fainting episode',
    resolvedLevel: 'urgent',
    test: (f) => (f.has('syncope') ? ev('syncope') : undefined),
  },
  {
    id: 'palpitations',
    level: 'urgent',
    source: `${sources.syncope}; ${sources.palpitations}`,
    concern: 'a racing or irregular heartbeat',
    test: (f) => {
      if (!f.has('palpitations')) return undefined;
      const with_ = f.any('lightheaded', 'dyspnea');
      if (with_) return ev('palpitations', with_);
      // New palpitations are checked the same day; ones that have come and gone for weeks are for an appointment.
      const longStanding = (f.measures.durationDays ?? 0) >= 14 || /\b(?:for (?:a few |several |many )?(?:weeks|months|years)|sometimes|occasional\w*|now and (?:then|again)|every so often|on and off for)\b/.test(f.text);
      return longStanding ? undefined : ev('palpitations');
    },
  },
  {
    id: 'painful-red-eye',
    level: 'urgent',
    source: sources.eye,
    concern: 'a painful eye or a change in vision',
    test: (f) => {
      const c = f.any('eye_red_painful', 'vision_change');
      if (c && !f.has('stye')) return ev(c, f.any('photophobia'));
      return undefined;
    },
  },
  {
    id: 'new-leg-weakness',
    level: 'urgent',
    source: sources.backPain,
    concern: 'new weakness or numbness in a leg or foot',
    test: (f) => (f.has('leg_weakness') && !f.has('numbness_chronic') ? ev('leg_weakness', f.any('back_pain')) : undefined),
  },
  {
    id: 'low-oxygen-level',
    level: 'emergency',
    source: sources.oximetry,
    concern: 'a low blood oxygen level',
    // A current reading, as a pulse oximeter shows it ("sats 91%"); a past or hypothetical one is not read.
    test: (f) => {
      const values = f.matchedTexts('oxygen_reading').map((t) => Number(/(\d{2})\s*(?:%|per)/.exec(t)?.[1]));
      const low = values.find((v) => v >= 50 && v <= 92);
      return low !== undefined ? withNotes(ev('oxygen_reading'), `oxygen level ${low}%`) : undefined;
    },
  },
  {
    id: 'orbital-cellulitis',
    level: 'emergency',
    source: sources.orbitalCellulitis,
    concern: 'a possible infection around the eye (orbital cellulitis)',
    test: (f) => {
      if (!f.has('eye_swollen')) return undefined;
      if (f.has('eye_movement_pain')) return ev('eye_swollen', 'eye_movement_pain', f.any('fever'));
      // Double vision with a swollen eye and a fever: the infection has reached the eye's muscles.
      if (/\b(?:double|seeing two)\b/.test(f.matchedTexts('vision_change').join(' ')) || (f.has('vision_change') && hasFever(f)))
        return ev('eye_swollen', 'vision_change', f.any('fever'));
      return undefined;
    },
  },
  {
    id: 'serious-bleeding-on-blood-thinner',
    level: 'emergency',
    source: sources.anticoagulantSeriousBleeding,
    concern: 'signs of serious bleeding while taking a blood thinner',
    test: (f) => {
      if (!f.record.anticoagulant) return undefined;
      // Bleeding that starts by itself in more than one place, or bruises that come up without a knock.
      const signs = ['blood_in_urine', 'unexplained_bruising', 'rectal_bleeding', 'melena', 'hemoptysis', 'nosebleed'].filter((c) => f.has(c));
      if (signs.length >= 2 || (f.has('unexplained_bruising') && f.any('bleeding_any'))) return withNotes(ev(...signs), 'takes a blood thinner');
      return undefined;
    },
  },
  {
    id: 'fever-without-spleen-unwell',
    level: 'emergency',
    source: sources.aspleniaSepsis,
    concern: 'a fever with shivering or feeling very unwell in someone without a working spleen',
    test: (f) => {
      if (!(f.has('asplenia') || f.record.asplenia) || !hasFever(f)) return undefined;
      const sign = f.any('shivering', 'sepsis_feature', 'vomiting', 'confusion', 'mottled_skin', 'non_blanching_rash', 'dyspnea', 'rapid_breathing', 'severe');
      return sign ? ev('fever', sign, f.any('asplenia')) : undefined;
    },
  },
  {
    id: 'fever-in-sickle-cell',
    level: 'emergency',
    source: sources.sickleCellFever,
    concern: 'a fever in someone with sickle cell disease',
    test: (f) => (f.record.sickleCell && hasFever(f, 38.5) ? withNotes(ev('fever'), 'sickle cell disease') : undefined),
  },
  {
    id: 'neck-injury-with-nerve-signs',
    level: 'emergency',
    source: sources.spinalInjury,
    concern: 'a neck injury with numbness, tingling or weakness in the arms or legs',
    test: (f) => (f.has('neck_injury') && f.any('limbs_both_neuro', 'limb_weakness') ? ev('neck_injury', f.any('limbs_both_neuro', 'limb_weakness')) : undefined),
  },
  {
    id: 'acute-angle-closure',
    level: 'emergency',
    source: sources.angleClosure,
    concern: 'a sudden painful eye with halos (possible acute glaucoma)',
    test: (f) => {
      if (!f.has('halos')) return undefined;
      const painful = f.has('eye_red_painful') || /\b(?:pain|hurts?|ache)\b(?:\s+\S+){0,3}?\s+(?:in |behind )?(?:my|his|her|the) (?:right |left )?eye\b/.test(f.text);
      return painful && f.any('vision_change', 'vomiting', 'nausea', 'headache') ? ev('halos', f.any('eye_red_painful'), f.any('vision_change', 'vomiting', 'nausea', 'headache')) : undefined;
    },
  },
  {
    id: 'carbon-monoxide',
    level: 'emergency',
    source: sources.carbonMonoxide,
    concern: 'possible carbon monoxide poisoning',
    advice: 'Get everyone, pets included, into fresh air now, leave the source switched off, and call 911.',
    test: (f) => {
      const sign = f.any('headache', 'dizziness', 'lightheaded', 'nausea', 'vomiting', 'drowsiness', 'confusion', 'syncope', 'dyspnea');
      if (!sign) return undefined;
      if (f.has('co_exposure')) return ev('co_exposure', sign);
      // Several people in one home (or a pet) ill together near a fuel-burning appliance (CDC 2024).
      const household = f.matchedTexts('household_ill');
      const people = household.some((t) => !/\b(?:dog|cat|pets?|puppy|kitten|budgie|bird|parrot)\b/.test(t));
      const pet = household.some((t) => /\b(?:dog|cat|pets?|puppy|kitten|budgie|bird|parrot)\b/.test(t));
      const appliance = /\b(?:boiler|furnace|gas (?:fire|heater|stove|cooker)|heater|generator|wood ?burner|log burner|fireplace|chimney|flue)\b/.test(f.text);
      if (people && (pet || appliance)) return ev('household_ill', sign);
      return undefined;
    },
  },
  {
    id: 'hot-swollen-joint',
    level: 'urgent',
    source: sources.hotJoint,
    concern: 'a hot, red, swollen joint (infection or gout)',
    test: (f) => (f.has('hot_swollen_joint') ? ev('hot_swollen_joint') : undefined),
  },
  {
    id: 'fever-after-malaria-travel',
    level: 'urgent',
    source: sources.malaria,
    concern: 'a fever after travel to a malaria area',
    test: (f) => (f.has('malaria_travel') && f.has('fever') ? ev('fever', 'malaria_travel') : undefined),
  },
  {
    id: 'sudden-hearing-loss',
    level: 'urgent',
    source: sources.hearingLoss,
    concern: 'sudden hearing loss',
    test: (f) => (f.has('sudden_hearing_loss') ? ev('sudden_hearing_loss') : undefined),
  },
  {
    id: 'sore-throat-or-fever-on-carbimazole-or-clozapine',
    level: 'urgent',
    source: sources.agranulocytosis,
    concern: 'a sore throat or fever on a medicine that can lower white blood cells',
    test: (f) => {
      const drug = /\b(?:carbimazole|methimazole|propylthiouracil|clozapine|clozaril)\b/;
      if (!(f.record.medications.some((m) => drug.test(m)) || drug.test(f.text))) return undefined;
      const sign = f.any('sore_throat', 'fever', 'canker_sore');
      return sign ? withNotes(ev(sign), 'takes a medicine that can lower white blood cells') : undefined;
    },
  },
  {
    id: 'possible-giant-cell-arteritis',
    level: 'urgent',
    source: sources.gca,
    concern: 'a new headache with a tender scalp or jaw pain on chewing (possible giant cell arteritis)',
    test: (f) => (f.has('gca_feature') && (f.ageYears === undefined || f.ageYears >= 50) ? ev('gca_feature', f.any('headache')) : undefined),
  },
  {
    id: 'diabetic-foot-problem',
    level: 'urgent',
    source: sources.diabeticFoot,
    concern: 'a foot wound with signs of infection in someone with diabetes',
    test: (f) => {
      if (!f.record.diabetes && !/\bdiabet\w*/.test(f.text)) return undefined;
      if (!f.has('foot_wound')) return undefined;
      return /\b(?:red|redness|swollen|warm|hot|pus|oozing|smell\w*|black|spreading)\b/.test(f.text) ? ev('foot_wound') : undefined;
    },
  },
  {
    id: 'itching-in-pregnancy',
    level: 'urgent',
    source: sources.cholestasis,
    concern: 'itching of the palms and soles in pregnancy',
    test: (f) => (f.pregnant && f.has('itch_palms_soles') ? ev('pregnant', 'itch_palms_soles') : undefined),
  },
  {
    id: 'lithium-warning-signs',
    level: 'urgent',
    source: sources.lithium,
    concern: 'possible signs of a high lithium level',
    test: (f) => {
      if (!(f.record.medications.some((m) => /\blithium|priadel|camcolit\b/.test(m)) || /\b(?:on|taking|take) lithium\b/.test(f.text))) return undefined;
      const sign = f.any('diarrhea', 'vomiting', 'tremor', 'confusion', 'balance_loss', 'drowsiness');
      return sign ? ev(sign) : undefined;
    },
  },
  {
    id: 'tetanus-prone-wound',
    level: 'urgent',
    source: sources.tetanus,
    concern: 'a deep or dirty wound with tetanus cover out of date',
    test: (f) => (f.has('tetanus_prone') && f.has('tetanus_lapsed') ? ev('tetanus_prone', 'tetanus_lapsed') : undefined),
  },
  {
    id: 'periorbital-cellulitis',
    level: 'urgent',
    source: sources.periorbitalCellulitis,
    concern: 'a red, swollen, warm eyelid (possible infection around the eye)',
    test: (f) => (f.has('eye_swollen') && /\b(?:red|warm|hot)\b/.test(f.matchedTexts('eye_swollen').join(' ') + ' ' + f.text) && /\b(?:warm|hot|fever|temperature|spreading)\b/.test(f.text) ? ev('eye_swollen') : undefined),
  },
  {
    id: 'emergency-contraception',
    level: 'urgent',
    source: sources.emergencyContraception,
    concern: 'emergency contraception, which works best the sooner it is taken',
    test: (f) => (f.has('emergency_contraception') ? ev('emergency_contraception') : undefined),
  },
  {
    id: 'fever-without-spleen',
    level: 'urgent',
    source: sources.asplenia,
    concern: 'a fever in someone without a working spleen',
    test: (f) => ((f.has('asplenia') || f.record.asplenia) && hasFever(f) ? ev('fever', f.any('asplenia')) : undefined),
  },
  {
    id: 'wound-needs-closing',
    level: 'urgent',
    source: sources.woundClosure,
    concern: 'a cut that gapes open and may need closing',
    // Bleeding that has stopped does not close the gap: it still needs closing within hours.
    resolvedLevel: 'urgent',
    test: (f) => (f.has('wound_needs_closure') ? ev('wound_needs_closure') : undefined),
  },
  {
    id: 'possible-fracture',
    level: 'urgent',
    source: sources.fracture,
    concern: 'a possible broken bone',
    test: (f) => (f.has('fracture') ? ev('fracture') : undefined),
  },
  {
    id: 'head-injury-minor',
    level: 'urgent',
    source: sources.headInjury,
    concern: 'a head injury that should be checked today (a blood thinner, a baby, age 65 or over, or drowsiness)',
    test: (f) => {
      if (!f.has('head_injury')) return undefined;
      const age = f.ageYears;
      if (f.record.anticoagulant || (age !== undefined && (age < 1 || age >= 65))) return withNotes(ev('head_injury'), age !== undefined ? `age ${Math.floor(age)}` : 'takes a blood thinner');
      return f.has('drowsiness') ? ev('head_injury', 'drowsiness') : undefined;
    },
  },
  {
    id: 'severe-pain',
    level: 'urgent',
    source: sources.abdominalPain,
    concern: 'severe pain',
    test: (f) => (f.has('severe') && f.has('generic_symptom') && !f.has('minor_qualifier') ? ev('severe', 'generic_symptom') : undefined),
  },
  {
    id: 'sore-throat-cannot-swallow',
    level: 'urgent',
    source: sources.strep,
    concern: 'a sore throat with trouble swallowing',
    test: (f) => (f.has('sore_throat') && f.has('swallowing_trouble') ? ev('sore_throat', 'swallowing_trouble') : undefined),
  },
  {
    id: 'child-fever-unwell',
    level: 'urgent',
    source: sources.feverUnder5,
    concern: 'a young child with a fever who is not drinking well or seems unwell',
    test: (f) => {
      const young = f.ageYears !== undefined && f.ageYears < 5;
      if (young && f.has('fever') && (f.has('poor_feeding') || /\b(?:fewer|less) wet\b/.test(f.text))) return ev('fever', f.any('poor_feeding'));
      if (young && f.has('poor_feeding')) return ev('poor_feeding');
      return undefined;
    },
  },
  {
    id: 'mental-health-crisis-risk',
    level: 'urgent',
    kind: 'suicide',
    source: sources.depression,
    concern: 'feeling hopeless',
    advice: 'If you have any thoughts of harming yourself, call or text 988 now, any time.',
    test: (f) => (f.has('low_mood') && /\bhopeless|worthless|can't cope|can't take (?:it|this) anymore|falling apart\b/.test(f.text) ? ev('low_mood') : undefined),
  },

  // ---------- Routine: make an appointment ----------
  {
    id: 'persistent-cough',
    level: 'routine',
    source: sources.cough,
    concern: 'a cough that has lasted more than 3 weeks',
    test: (f) => (f.has('cough') && (f.measures.durationDays ?? 0) >= 21 ? withNotes(ev('cough'), `${Math.round(f.measures.durationDays ?? 0)} days`) : undefined),
  },
  {
    id: 'possible-cancer-sign',
    level: 'routine',
    source: sources.cancerReferral,
    concern: 'a change that should be checked soon (lump, weight loss, blood in urine, trouble swallowing, mild rectal bleeding)',
    advice: 'Book an appointment within the next week or two; most of these turn out to be harmless, but they should be checked.',
    test: (f) => {
      const c = f.any('lump', 'weight_loss', 'blood_in_urine', 'swallowing_trouble', 'rectal_bleeding', 'hemoptysis');
      // A lump where a knock landed is a bruise or swelling from the injury, not an unexplained lump (NICE NG12).
      if (c === 'lump' && bumpInjury.test(f.text) && !f.any('weight_loss', 'blood_in_urine', 'swallowing_trouble', 'rectal_bleeding', 'hemoptysis')) return undefined;
      return c ? ev(c) : undefined;
    },
  },
  {
    id: 'changing-mole',
    level: 'routine',
    source: sources.melanoma,
    concern: 'a mole that is changing',
    test: (f) => (f.has('mole_change') ? ev('mole_change') : undefined),
  },
  {
    id: 'frequent-heartburn',
    level: 'routine',
    source: sources.gerd,
    concern: 'heartburn that keeps coming back',
    test: (f) => (f.has('heartburn') && f.has('frequent_recurring') ? ev('heartburn', 'frequent_recurring') : undefined),
  },
  {
    id: 'positional-vertigo',
    level: 'routine',
    source: sources.bppv,
    concern: 'brief spinning dizziness with head movement',
    test: (f) => (f.has('dizziness') && f.has('positional') ? ev('dizziness', 'positional') : undefined),
  },
  {
    id: 'long-standing-symptom',
    level: 'routine',
    source: sources.joint,
    concern: 'a symptom that has lasted for weeks',
    test: (f) => (f.has('generic_symptom') && (f.measures.durationDays ?? 0) >= 14 ? withNotes(ev('generic_symptom'), `${Math.round(f.measures.durationDays ?? 0)} days`) : undefined),
  },
  {
    id: 'sinus-symptoms-10-days',
    level: 'routine',
    source: sources.sinusitis,
    concern: 'sinus or cold symptoms lasting 10 days or more',
    test: (f) => {
      const c = f.any('sinus', 'cold');
      return c && (f.measures.durationDays ?? 0) >= 10 ? withNotes(ev(c), `${Math.round(f.measures.durationDays ?? 0)} days`) : undefined;
    },
  },
  {
    id: 'possible-strep-throat',
    level: 'routine',
    source: sources.strep,
    concern: 'a sore throat that may need a strep test',
    test: (f) => (f.has('sore_throat') && (f.has('tonsil_exudate') || (hasFever(f) && !f.has('cough') && !f.has('cold'))) ? ev('sore_throat', f.any('tonsil_exudate', 'fever')) : undefined),
  },
  {
    id: 'urine-infection',
    level: 'routine',
    source: sources.uti,
    concern: 'symptoms of a urine infection',
    advice: 'Contact your care team in the next day or two; a urine test can confirm an infection.',
    test: (f) => (f.has('uti_symptoms') ? ev('uti_symptoms') : undefined),
  },
  {
    id: 'ear-pain',
    level: 'routine',
    source: sources.otitis,
    concern: 'ear pain',
    test: (f) => (f.has('ear_pain') && !isMildEarache(f) ? ev('ear_pain', f.any('fever', 'ear_discharge')) : undefined),
  },
  {
    id: 'low-mood',
    level: 'routine',
    source: sources.depression,
    concern: 'low mood or anxiety',
    advice: 'Make an appointment to talk about how you have been feeling. If you ever have thoughts of harming yourself, call or text 988 at any time.',
    test: (f) => (f.any('low_mood', 'anxiety') ? ev(f.any('low_mood', 'anxiety')) : undefined),
  },
  {
    id: 'belly-pain',
    level: 'routine',
    source: sources.abdominalPain,
    concern: 'belly pain',
    test: (f) => (f.has('abdominal_pain') && !f.has('minor_qualifier') ? ev('abdominal_pain') : undefined),
  },
  {
    id: 'dizziness',
    level: 'routine',
    source: sources.bppv,
    concern: 'dizziness',
    test: (f) => (f.has('dizziness') ? ev('dizziness') : undefined),
  },
  {
    id: 'joint-or-back-pain-ongoing',
    level: 'routine',
    source: sources.joint,
    concern: 'joint pain',
    test: (f) => (f.has('joint_pain') && !f.any('sprain', 'muscle_ache') ? ev('joint_pain') : undefined),
  },

  // ---------- Self-care: can usually be looked after at home ----------
  {
    id: 'self-care-cold',
    level: 'self-care',
    source: sources.selfCare,
    concern: 'cold symptoms',
    advice:
      'Rest, drink plenty of fluids, and use salt-water gargles or honey (not for babies under 1) for the throat. Colds usually clear in 7 to 10 days. Contact your care team if you have trouble breathing, a fever above 39 °C (102 °F) or lasting more than 3 days, or symptoms lasting more than 10 days.',
    test: (f) => {
      const c = f.any('cold', 'sore_throat', 'cough', 'sinus', 'seasonal_allergy');
      return c ? ev(c) : undefined;
    },
  },
  {
    id: 'self-care-fever',
    level: 'self-care',
    source: sources.feverUnder5,
    concern: 'a fever without warning signs',
    advice:
      'Drink plenty of fluids and rest; fever medicine can help comfort. Contact your care team if the fever lasts 5 days, goes above 40 °C (104 °F), or if there is a stiff neck, a rash that does not fade, trouble breathing, or unusual sleepiness. Any fever in a baby under 3 months needs care right away.',
    test: (f) => (f.has('fever') && hasFever(f) ? ev('fever') : undefined),
  },
  {
    id: 'self-care-minor-injury',
    level: 'self-care',
    source: sources.selfCare,
    concern: 'a minor injury',
    advice:
      'Clean small cuts and burns with water and cover them; rest, ice and raise a sprain. Get care if bleeding does not stop after 10 minutes of pressure, the wound gapes, you cannot bear weight, or there is spreading redness or fever.',
    test: (f) => {
      const c = f.any('minor_cut', 'minor_burn', 'sprain', 'head_injury');
      return c ? ev(c) : undefined;
    },
  },
  {
    id: 'self-care-earache',
    level: 'self-care',
    source: `${sources.earache}; ${sources.otitis}`,
    concern: 'earache without fever',
    advice:
      'Earache often gets better on its own within 3 days. Simple pain relief and a warm or cold cloth on the ear can help. Contact your care team if it lasts more than 3 days, a fever starts, fluid comes out of the ear, or there is swelling behind the ear.',
    test: (f) => (f.has('ear_pain') && isMildEarache(f) ? ev('ear_pain') : undefined),
  },
  {
    id: 'self-care-sting',
    level: 'self-care',
    source: sources.insectSting,
    concern: 'a local reaction to a sting or bite',
    advice:
      'Remove any stinger, wash the area, and use a cold pack. Call 911 if you notice swelling of the throat or tongue, trouble breathing, dizziness, or hives spreading over the body.',
    test: (f) => (f.has('insect_sting') ? ev('insect_sting') : undefined),
  },
  {
    id: 'self-care-back-strain',
    level: 'self-care',
    source: sources.backPain,
    concern: 'simple back or muscle strain',
    advice:
      'Keep gently active and use heat or simple pain relief. Get care if the pain lasts more than 6 weeks, or at once if you have numbness around the groin, trouble controlling your bladder or bowels, leg weakness, or fever.',
    test: (f) => {
      const c = f.any('back_pain', 'muscle_ache', 'sprain');
      return c ? ev(c) : undefined;
    },
  },
  {
    id: 'self-care-stomach',
    level: 'self-care',
    source: sources.gastro,
    concern: 'a stomach upset',
    advice:
      'Sip fluids often and eat plain food when you can. Contact your care team if you cannot keep fluids down, vomiting lasts more than 2 days or diarrhea more than 7 days, or there is blood, severe pain, or signs of dehydration.',
    test: (f) => {
      const c = f.any('vomiting', 'diarrhea', 'constipation', 'heartburn', 'nausea');
      if (c) return ev(c);
      return f.has('abdominal_pain') && f.has('minor_qualifier') ? ev('abdominal_pain', 'minor_qualifier') : undefined;
    },
  },
  {
    id: 'self-care-skin-and-mouth',
    level: 'self-care',
    source: sources.selfCare,
    concern: 'a minor skin, eye or mouth problem',
    advice:
      'These usually settle on their own in one to two weeks with simple care from a pharmacist. Contact your care team if it spreads, becomes very painful, affects your vision, or comes with a fever.',
    test: (f) => {
      const c = f.any('canker_sore', 'eczema', 'stye', 'pink_eye', 'hiccups', 'hives', 'rash', 'sunburn');
      return c ? ev(c) : undefined;
    },
  },
  {
    id: 'self-care-not-working',
    level: 'routine',
    source: sources.selfCare,
    concern: 'a problem that home treatment has not helped',
    advice: 'Home and pharmacy treatment has been tried; make an appointment so your clinician can look at other options. Contact your care team sooner if it gets much worse or new symptoms appear.',
    test: (f) => (f.has('self_care_failed') ? ev('self_care_failed') : undefined),
  },
  {
    id: 'self-care-mild-headache',
    level: 'self-care',
    source: sources.headache,
    concern: 'a mild headache',
    advice:
      'Rest, drink water, take breaks from screens, and use simple pain relief if needed. Call 911 for a sudden, severe headache, or one with a stiff neck, confusion, weakness or trouble speaking.',
    test: (f) => (f.any('mild_headache', 'headache') ? ev(f.any('mild_headache', 'headache')) : undefined),
  },
];

export const ruleById = new Map(rules.map((r) => [r.id, r]));
