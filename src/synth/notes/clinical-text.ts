/**
 * Clinical wording that must never be marked as PHI: eponymous signs and diseases (Parkinson,
 * Graves, Hashimoto, Murphy, Homans), drug names and doses, lab values, clock times and ICD-10
 * codes. Notes sprinkle these so de-identification is measured on the hard cases too.
 */
import type { Rng } from '../random.ts';
import type { ChronicKey } from '../vocabulary/conditions.ts';

const examByProblem: Partial<Record<ChronicKey, readonly string[]>> = {
  heartFailure: ['JVP not elevated. Trace bilateral pedal edema.', 'Mild bibasilar crackles, 1+ pitting edema to the ankles.'],
  afib: ['Irregularly irregular rhythm, no murmur.', 'Irregular rhythm, rate controlled.'],
  copd: ['Decreased breath sounds bilaterally with prolonged expiration, no wheeze today.', 'Scattered expiratory wheezes, no accessory muscle use.'],
  asthma: ['Lungs clear, no wheeze.', 'Faint end-expiratory wheeze, good air movement.'],
  osteoarthritis: ['Right knee with crepitus and medial joint line tenderness; McMurray negative, Lachman negative.', 'Bilateral knee crepitus, no effusion, full extension.'],
  diabetes: ['Monofilament sensation intact bilaterally; no foot ulcers.', 'Feet: pulses 2+, sensation decreased to monofilament at the toes.'],
  hypothyroidism: ['Thyroid not enlarged, no nodules.', 'No goiter; reflexes symmetric with normal relaxation phase.'],
  depression: ['Affect mildly constricted, thought process linear, denies SI/HI.', 'Mood "better", affect brighter, no SI.'],
};

const generalExam = [
  'General: well-appearing, NAD.',
  'Heart: RRR, no murmurs, rubs or gallops.',
  'Lungs: clear to auscultation bilaterally.',
  'Abdomen: soft, non-tender, Murphy sign negative.',
  'Extremities: no edema; Homans sign negative.',
  'Neuro: CN II-XII grossly intact, Romberg negative, gait steady.',
  'HEENT: TMs clear, oropharynx without exudate.',
  'Skin: warm and dry, no rash.',
];

const historyMentions = [
  'Family history of Parkinson disease in a grandparent; no personal neurologic symptoms.',
  'No history of Graves disease or other thyroid problems.',
  'Mother had Hashimoto thyroiditis.',
  'Remote history of Bell palsy, fully resolved.',
  'Father with Alzheimer disease diagnosed in his 70s.',
  'Sibling with Crohn disease.',
  'History of Osgood-Schlatter disease as a teenager.',
  'No family history of Huntington disease.',
  'Had a Baker cyst aspirated years ago.',
  'Prior Colles fracture of the left wrist after a fall on ice.',
];

export function examLines(rng: Rng, problems: readonly ChronicKey[]): string[] {
  const lines = rng.shuffle(generalExam).slice(0, rng.int(3, 5));
  for (const key of problems) {
    const options = examByProblem[key];
    if (options && rng.chance(0.7)) lines.push(rng.pick(options));
  }
  return lines;
}

export function historyMention(rng: Rng): string {
  return rng.pick(historyMentions);
}

export function clockTime(rng: Rng): string {
  return `${String(rng.int(0, 23)).padStart(2, '0')}${rng.pick(['00', '15', '30', '45'])}`;
}
