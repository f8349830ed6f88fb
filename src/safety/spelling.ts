/**
 * Misspelling repair against the red-flag lexicon: a word of five or more letters that is one edit
 * (a letter added, dropped, changed, or two neighbours swapped) away from exactly one lexicon word
 * is read as that word ("breathng", "bleedin", "siezure"). Real English words that happen to be one
 * edit from a lexicon word ("drooling" / "drooping", "tight" / "night") are never changed.
 */
import { lexiconWords } from './lexicon.ts';

/** Red-flag words beyond the lexicon classes, so that their misspellings are repaired too. */
const redFlagWords = [
  'myself', 'himself', 'herself', 'suicide', 'killing', 'wrists', 'breathing', 'bleeding', 'unconscious', 'unresponsive', 'seizure', 'fitting',
  'allergic', 'allergy', 'bleeding', 'breathe', 'breathless', 'choking', 'clammy', 'confused', 'confusion', 'coughing',
  'crushing', 'diabetic', 'drooping', 'faint', 'fever', 'feverish', 'headache', 'nausea', 'numbness', 'overdose', 'overdosed',
  'pills', 'poison', 'poisoning', 'pregnant', 'seizure', 'seizures', 'shaking', 'shortness', 'slurred', 'slurring', 'squeezing',
  'stiff', 'stroke', 'sugar', 'suicidal', 'suicide', 'swallowed', 'sweating', 'swelling', 'temperature', 'testicle',
  'unconscious', 'unresponsive', 'vomit', 'vomited', 'vomiting', 'weakness', 'wheezing', 'speech', 'weird', 'right', 'vision',
];

/**
 * Real words one edit from a lexicon word. Found by checking public English health text (MedQuAD and LiveQA
 * consumer questions, PubMedQA abstracts) for such words, plus everyday words patients use; kept as a
 * plain list so that nothing is read at run time.
 */
const realWords = new Set([
  'acetominophen', 'achest', 'acting', 'nipped', 'nipping', 'aheart', 'alcohols', 'alkalis', 'arches', 'backaches', 'banding', 'bands', 'banking',
  'bather', 'beach', 'beaches', 'bearing', 'beating', 'belle', 'bells', 'billing', 'bills', 'blacks', 'bladders', 'blank',
  'block', 'blond', 'bloods', 'bloom', 'blurred', 'blurring', 'bottled', 'bound', 'bowed', 'bowen', 'bowers', 'bracing',
  'breach', 'breaching', 'breathed', 'breathes', 'breaths', 'breeding', 'brushing', 'bumping', 'burdens', 'burping', 'camps',
  'carry', 'catches', 'childrens', 'childs', 'chile', 'chili', 'chill', 'clamp', 'clamping', 'cleaned', 'cleaners', 'cleanser',
  'clearer', 'clicking', 'clipped', 'clogs', 'cloth', 'clutter', 'coarse', 'collapse', 'collapses', 'confuse', 'contract',
  'contrasts', 'contusion', 'cooking', 'crashes', 'crashing', 'crest', 'crushed', 'cushing', 'daily', 'daughters', 'decide',
  'decides', 'delvis', 'detergents', 'deterrent', 'diabetics', 'diary', 'dimple', 'dimples', 'dipping', 'doubled', 'doubles',
  'dozen', 'drawn', 'drink', 'drooling', 'dropping', 'dulse', 'dumping', 'dwelling', 'eaton', 'eight', 'elvis', 'emedicine',
  'emotions', 'faces', 'facing', 'faina', 'father', 'fevers', 'fewer', 'fifth', 'fight', 'filling', 'fills', 'finger', 'fizzy',
  'flood', 'forth', 'found', 'frank', 'gather', 'gender', 'gives', 'grade', 'grain', 'grape', 'grapes', 'grave', 'gripping',
  'grown', 'haart', 'hairy', 'handy', 'hanging', 'harry', 'headaches', 'heads', 'heals', 'heard', 'hearing', 'hears', 'hearts',
  'heating', 'heats', 'height', 'helps', 'hides', 'hills', 'hitting', 'horner', 'horse', 'hunting', 'husbands', 'infants',
  'inhale', 'inhaled', 'jelly', 'kelly', 'kicking', 'kills', 'lacked', 'lacking', 'ladder', 'ladders', 'later', 'laughter',
  'leach', 'leads', 'lever', 'light', 'liked', 'linked', 'linking', 'lives', 'locked', 'locking', 'looping', 'loops', 'lotions',
  'lvads', 'matches', 'mediation', 'meditation', 'might', 'milling', 'motion', 'murine', 'never', 'newborns', 'night', 'pacing',
  'packed', 'paint', 'parry', 'partners', 'pecked', 'peeing', 'pees', 'penicillins', 'peoples', 'perfumes', 'pesticides',
  'picked', 'picking', 'piece', 'piercings', 'piles', 'pitches', 'pitting', 'pocket', 'pockets', 'poisonings', 'poisons',
  'pooling', 'pools', 'poors', 'pound', 'pressures', 'primates', 'prison', 'private', 'pulls', 'pulsed', 'pulses', 'pumping',
  'purine', 'purse', 'purses', 'pushing', 'qfever', 'rabies', 'ranged', 'ranging', 'rater', 'rating', 'relaxed', 'relaxes',
  'relieve', 'relieved', 'relievers', 'relieves', 'render', 'right', 'roads', 'round', 'rounding', 'saint', 'scars', 'seeking',
  'seeming', 'selling', 'septo', 'sever', 'sewing', 'sharing', 'shaving', 'ships', 'shivering', 'shots', 'simple', 'sipping',
  'siting', 'sitting', 'skilled', 'skins', 'skipped', 'slapped', 'sleeping', 'slight', 'sling', 'slipping', 'smelling', 'sniff',
  'soaking', 'solvents', 'sound', 'sounding', 'spelling', 'spice', 'spike', 'spill', 'spills', 'spina', 'spins', 'spiny',
  'spite', 'split', 'sports', 'staff', 'stairs', 'start', 'starts', 'stays', 'stomachs', 'strap', 'strep', 'strike', 'string',
  'strings', 'stripes', 'strokes', 'stuff', 'suffer', 'suffers', 'sugars', 'sugary', 'supine', 'swellings', 'swine', 'swings',
  'table', 'tables', 'tainted', 'taker', 'takes', 'tales', 'tastes', 'tattoos', 'teasing', 'temperatures', 'tended', 'tested',
  'testicles', 'tests', 'thirsty', 'threat', 'throats', 'tight', 'toddlers', 'tongues', 'tools', 'towel', 'towels', 'tracing',
  'tripping', 'trips', 'trunk', 'turning', 'vaginal', 'vitaminc', 'vomits', 'wearing', 'weigh', 'weighs', 'weights', 'wells',
  'while', 'whose', 'wicking', 'willing', 'witting', 'wives', 'would', 'wounds', 'wrapped', 'wrist',
  // Everyday words one edit from the burn, allergen, amount and mood words of the lexicon.
  'bowling', 'soiling', 'coiling', 'toiling', 'foiling', 'roiling', 'broiling', 'charted', 'charmed', 'blame', 'blames', 'flake', 'flakes',
  'frame', 'frames', 'humus', 'settle', 'nettle', 'mettle', 'pests', 'presto', 'believed', 'relived', 'polled', 'tolled', 'roiled', 'satan',
  'squinting', 'squirming', 'steak', 'steal', 'stead', 'stream', 'steams', 'burned', 'whale', 'entice', 'bully',
]);

const targets = new Set([...lexiconWords(), ...redFlagWords].filter((w) => w.length >= 5));

/** Every variant of a word with one letter deleted. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Symmetric-delete index: a word and each of its one-letter deletions point to the lexicon word. */
const index = new Map<string, Set<string>>();
for (const target of targets) {
  for (const key of [target, ...deletions(target)]) {
    const set = index.get(key) ?? new Set<string>();
    set.add(target);
    index.set(key, set);
  }
}

/** Damerau-Levenshtein distance is exactly 1 (one insertion, deletion, substitution or adjacent swap). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** The lexicon word a misspelt word stands for, or undefined when it is not one or is ambiguous. */
export function repairSpelling(word: string): string | undefined {
  if (word.length < 5 || targets.has(word) || realWords.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  const candidates = new Set<string>();
  for (const key of [word, ...deletions(word)]) for (const t of index.get(key) ?? []) if (oneEditApart(word, t)) candidates.add(t);
  return candidates.size === 1 ? [...candidates][0] : undefined;
}
