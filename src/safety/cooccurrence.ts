/**
 * Red-flag concepts recognised by the co-occurrence of lexicon classes (lexicon.ts) within one
 * clause or one sentence, rather than by exact phrases: "coughing up a lot of blood" is a cough
 * word, a blood word and an amount word together, in any order and with any filler between them.
 * Each definition names the finding it produces (a concept id used by rules.ts) and the guidance it
 * was written from. Negation, family history and past events are judged on the matched span by the
 * same NegEx/ConText logic as the phrase patterns (assertion.ts).
 */
import { findClass } from './lexicon.ts';
import type { ClassMatch, WordClass } from './lexicon.ts';

/** One required part: a word class, or any one of several classes. */
type Part = WordClass | readonly WordClass[];

export interface CooccurrenceConcept {
  /** The finding produced; the same ids as concepts.ts, so rules need not know how it was found. */
  concept: string;
  /** Clause for findings whose parts belong together tightly; sentence for scenes told in several clauses; message for a scene told in several sentences. */
  scope: 'clause' | 'sentence' | 'message';
  all: readonly Part[];
  /** The parts must appear in this order ("thoughts of … harming … her"). */
  ordered?: boolean;
  /** With `ordered`: at most this many words between one part and the next ("took a whole packet of pills"). */
  maxWordsBetween?: number;
  /** A class whose affirmed presence explains the finding away (iron tablets blacken stools). */
  unless?: WordClass;
  source: string;
}

export const cooccurrenceConcepts: readonly CooccurrenceConcept[] = [
  // Breathing and bleeding
  { concept: 'hemoptysis', scope: 'clause', all: ['cough', 'blood'], source: 'NHS, Coughing up blood (2023)' },
  { concept: 'hemoptysis_heavy', scope: 'clause', all: ['cough', 'blood', 'bloodAmount'], source: 'NHS, Coughing up blood: call 999 for more than a few teaspoons (2023)' },
  { concept: 'melena', scope: 'clause', all: ['stool', 'blackStool'], unless: 'ironLike', source: 'ACG Clinical Guideline: Upper GI and Ulcer Bleeding (2021)' },
  { concept: 'vomiting', scope: 'clause', all: ['vomit'], source: 'NHS, Diarrhoea and vomiting (2023)' },
  // Pain by body part
  { concept: 'chest_pain', scope: 'clause', all: ['chest', ['pain', 'chestQuality']], unless: 'skinLesion', source: 'AHA/ACC Chest Pain Guideline (2021)' },
  { concept: 'abdominal_pain', scope: 'clause', all: ['belly', 'pain'], source: 'NHS, Stomach ache (2023)' },
  { concept: 'back_pain', scope: 'clause', all: ['back', 'pain'], source: 'NICE NG59, Low back pain and sciatica (2020)' },
  { concept: 'fracture', scope: 'sentence', all: ['injury', 'swellingWord', 'cantMove'], source: 'NHS, Broken bones: swelling and cannot move it after an injury (2023)' },
  { concept: 'testicle_pain', scope: 'clause', all: ['testicle', 'pain'], source: 'NHS, Testicle pain (2023)' },
  { concept: 'tearing_pain', scope: 'clause', all: ['tearing', ['chest', 'belly', 'back']], source: 'ACC/AHA Guideline for the Diagnosis and Management of Aortic Disease (2022)' },
  { concept: 'shoulder_tip_pain', scope: 'clause', all: ['shoulderTip', 'pain'], source: 'ACOG Practice Bulletin 193, Tubal Ectopic Pregnancy (2018)' },
  { concept: 'asthma_rescue_frequent', scope: 'sentence', all: ['inhaler', 'frequentUse'], source: 'NAEPP/NHLBI asthma action plan, yellow zone (2020)' },
  // Heart, fainting, vision, swelling
  { concept: 'palpitations', scope: 'clause', all: ['heart', 'palpitation'], source: 'ACC/AHA/HRS Syncope Guideline (2017)' },
  { concept: 'syncope', scope: 'clause', all: ['collapse'], source: 'ACC/AHA/HRS Syncope Guideline (2017)' },
  { concept: 'unresponsive', scope: 'sentence', all: ['eyesOpen', 'noAnswer'], source: 'Resuscitation Council UK, ABCDE approach and AVPU (2021)' },
  { concept: 'vision_change', scope: 'clause', all: ['seeing', 'visionOdd'], source: 'CDC Hear Her, Urgent Maternal Warning Signs (2023)' },
  { concept: 'swelling_face_hands', scope: 'clause', all: ['faceHands', 'swellingWord'], source: 'CDC Hear Her, Urgent Maternal Warning Signs (2023)' },
  // Spine
  { concept: 'saddle_numbness', scope: 'clause', all: ['numbLoss', 'saddle'], source: 'NICE NG59 red flags; GIRFT National Suspected Cauda Equina Syndrome Pathway (2023)' },
  { concept: 'continence_loss', scope: 'clause', all: ['continenceLoss', 'bladderBowel'], source: 'NICE NG59 red flags; GIRFT National Suspected Cauda Equina Syndrome Pathway (2023)' },
  { concept: 'cauda_equina', scope: 'clause', all: [['numbLoss', 'continenceLoss'], ['saddle', 'bladderBowel']], source: 'NICE NG59 red flags (2020)' },
  // Eye, allergy, poisoning
  { concept: 'eye_chemical', scope: 'sentence', all: ['eye', 'chemical', 'splash'], source: 'American Academy of Ophthalmology, chemical eye burns (2022)' },
  { concept: 'anaphylaxis_pattern', scope: 'sentence', all: ['allergen', 'allergySkin', 'allergySystem'], source: 'WAO Anaphylaxis Guidance (2020); ASCIA Action Plan for Anaphylaxis (2021)' },
  { concept: 'poisoning', scope: 'sentence', all: ['child', 'ingest', 'substance'], source: "America's Poison Centers (2024); AAP, Poison prevention (2023)" },
  // Mental health: NIMH warning signs of suicide (2024), 988 Lifeline (2022), CDC Hear Her (2023)
  { concept: 'harm_others', scope: 'sentence', all: ['harmThought', 'harmVerb', 'victim'], ordered: true, source: 'CDC Hear Her (2023); ACOG Committee Opinion 757, Screening for Perinatal Depression (2018)' },
  { concept: 'suicidal', scope: 'sentence', all: ['selfGone', 'permanence'], source: 'NIMH, Warning Signs of Suicide (2024)' },
  { concept: 'suicidal', scope: 'sentence', all: ['suicideMethod'], source: 'NIMH, Warning Signs of Suicide (2024)' },
  { concept: 'overdose', scope: 'clause', all: ['adultIngest', 'largeAmount', 'substance'], ordered: true, maxWordsBetween: 2, unless: 'sugarTreatment', source: "America's Poison Centers (2024)" },
  { concept: 'uncontrolled_bleeding', scope: 'sentence', all: ['cutInjury', 'bleedingGoesOn'], source: 'American College of Surgeons, Stop the Bleed: blood spurting or soaking through bandages (2024)' },
  { concept: 'poisoning', scope: 'message', all: ['child', 'ingest', 'pillsMissing'], source: "America's Poison Centers (2024); AAP, Poison prevention (2023)" },
  { concept: 'uncontrolled_bleeding', scope: 'clause', all: ['blood', 'bleedingGoesOn'], source: 'American College of Surgeons, Stop the Bleed (2024)' },
  { concept: 'suicidal', scope: 'message', all: ['methodQuestion', 'intentSoon'], source: 'NIMH, Warning Signs of Suicide (2024); 988 Lifeline (2022)' },
  { concept: 'suicidal', scope: 'message', all: ['meansAtHand', 'resolveSet'], source: 'NIMH, Warning Signs of Suicide (2024); 988 Lifeline (2022)' },
  { concept: 'suicidal', scope: 'sentence', all: ['farewell'], source: 'NIMH, Warning Signs of Suicide (2024); 988 Lifeline (2022)' },
  { concept: 'suicidal', scope: 'sentence', all: ['doseQuestion', 'deathOutcome'], ordered: true, source: 'NIMH, Warning Signs of Suicide (2024)' },
  { concept: 'severe_dyspnea', scope: 'sentence', all: ['fewWords', 'breathWord'], source: 'NHS, Shortness of breath: call 999 if you cannot speak in full sentences (2023)' },
  { concept: 'severe_burn', scope: 'sentence', all: ['scaldSource', 'burnSign', 'burnArea'], source: 'NHS, Burns and scalds (2023); American Burn Association, Burn Center Referral Criteria (2022)' },
];

export interface CooccurrenceHit {
  concept: string;
  start: number;
  end: number;
  text: string;
  /** Where the "unless" class matched, if it did; the caller decides whether it is affirmed. */
  unlessAt?: ClassMatch;
}

/**
 * The co-occurrence concepts found in one span (a clause or a sentence). `asserted` filters the
 * words of each part: a part that is itself denied ("no blood", "breathing fine") cannot make a finding.
 */
export function findCooccurrences(text: string, scope: 'clause' | 'sentence' | 'message', asserted: (m: ClassMatch) => boolean = () => true): CooccurrenceHit[] {
  const cache = new Map<WordClass, ClassMatch[]>();
  const lookup = (name: WordClass): ClassMatch[] => {
    let found = cache.get(name);
    if (!found) {
      found = findClass(text, name).filter(asserted);
      cache.set(name, found);
    }
    return found;
  };
  const hits: CooccurrenceHit[] = [];
  for (const def of cooccurrenceConcepts) {
    if (def.scope !== scope) continue;
    const chosen = choose(def, lookup, text);
    if (!chosen) continue;
    const start = Math.min(...chosen.map((m) => m.start));
    const end = Math.max(...chosen.map((m) => m.end));
    const hit: CooccurrenceHit = { concept: def.concept, start, end, text: text.slice(start, end) };
    if (def.unless) {
      const u = lookup(def.unless)[0];
      if (u) hit.unlessAt = u;
    }
    hits.push(hit);
  }
  return hits;
}

/**
 * One match for each part, in order when the definition asks for it, or undefined if a part is
 * missing. Earliest matches are tried first; with a word gap limit, later ones are tried on failure.
 */
function choose(def: CooccurrenceConcept, lookup: (name: WordClass) => ClassMatch[], text = ''): ClassMatch[] | undefined {
  const parts = def.all.map((part) => {
    const names: readonly WordClass[] = typeof part === 'string' ? [part as WordClass] : (part as readonly WordClass[]);
    return names.flatMap((n) => lookup(n)).sort((a, b) => a.start - b.start);
  });
  if (parts.some((p) => p.length === 0)) return undefined;
  const search = (i: number, chosen: ClassMatch[]): ClassMatch[] | undefined => {
    if (i === parts.length) return chosen;
    const previous = chosen[chosen.length - 1];
    for (const m of parts[i]) {
      // Two parts may not be the same words ("poo" is both a stool word and a bowel word).
      if (chosen.some((c) => c.start < m.end && m.start < c.end)) continue;
      if (def.ordered && previous) {
        if (m.start < previous.end) continue;
        const between = text.slice(previous.end, m.start);
        if (def.maxWordsBetween !== undefined && (contentWordCount(between) > def.maxWordsBetween || gapBarrier.test(between))) continue;
      }
      const found = search(i + 1, [...chosen, m]);
      if (found) return found;
      // Without order or gap limits the earliest match is as good as any other.
      if (!def.ordered) return undefined;
    }
    return undefined;
  };
  return search(0, []);
}

/** Words that only say whose or which ("a whole strip of my mum's sleeping pills") do not widen a gap. */
const fillerWord = /^(?:of|a|an|the|my|his|her|their|our|your|some|[a-z]+'s)$/;
/** Punctuation and conjunctions start another thing: "took lots of walks and my vitamins" is not an overdose. */
const gapBarrier = /[,;:]|\b(?:and|then|or|but|with|after|before|because|so)\b/;

function contentWordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w) && !fillerWord.test(w)).length;
}
