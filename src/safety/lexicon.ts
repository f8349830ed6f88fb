/**
 * Concept lexicons: the words patients use for body parts, symptoms, severity and onset, and for
 * who the patient is, each with its lay synonyms. The co-occurrence rules in cooccurrence.ts combine
 * these classes within a clause or sentence, so that a red flag is recognised whatever the word
 * order or the filler words between its parts ("coughing up a lot of blood", "can't feel my bum").
 *
 * Entries are regular-expression fragments over normalized text (text.ts); each class is matched
 * with word boundaries on both sides. Written from the lay-term lists of MedlinePlus (NLM, 2024) and
 * the NHS Health A-Z (2023), not from evaluation messages.
 */

const classes = {
  // ---- Body parts ----
  chest: ['chest', 'breast ?bone', 'sternum', 'ribcage'],
  belly: ['belly', 'abdomen', 'abdominal', 'stomach', 'tummy', 'gut', 'pelvis', 'pelvic', 'lower (?:belly|tummy|stomach|abdomen)', 'low down', 'womb'],
  back: ['(?:my|his|her|your|lower|upper|low|the small of (?:my|his|her)|middle of (?:my|his|her)) back', 'backache', 'spine', 'between (?:my|the) shoulder ?blades'],
  skinLesion: ['rash\\w*', 'blisters?', 'blistery', 'spots?', 'shingles', 'cuts?', 'graze', 'scratch\\w*', 'bruis\\w*', 'sunburn\\w*', 'pimples?', 'boils?', 'tattoo', 'piercing', 'scar', 'wound', 'bite'],
  injury: ['fell', 'fall(?:en)?', 'landed on', 'tripped', 'slipped', 'banged', 'twisted', 'went over', 'rolled', 'crashed', 'knocked', 'hit it', 'smashed', 'jammed', 'trapped'],
  cantMove: ["can't (?:move|bend|use|straighten|grip|turn|rotate) (?:it|my|his|her)", "can't (?:put|bear|take) (?:any )?weight", "can't (?:stand|walk) on (?:it|my|his|her)"],
  eye: ['eyes?', 'eyeballs?'],
  heart: ['heart', 'heart ?beat', 'pulse'],
  saddle: [
    'groin', 'bum', 'butt', 'buttocks?', 'bottom', 'backside', 'privates', 'private (?:parts|area)', 'genitals?', 'between (?:my|his|her|the) legs',
    'inner thighs?', 'saddle', 'crotch', 'down there', 'perineum', 'anus', 'back passage', 'vagina', 'penis', 'scrotum',
  ],
  testicle: ['testic\\w*', 'testes', 'testis', 'balls?', 'nuts', 'scrotum', 'nads', 'privates', 'private parts'],
  shoulderTip: ['shoulder ?tips?', 'tip of (?:my|her|the) shoulder', 'top of (?:my|her|the) shoulder'],
  // ---- Symptom words and their lay synonyms ----
  chestQuality: ['tight\\w*', 'bands?', 'pressure', 'heav(?:y|iness)', 'squeez\\w*', 'crush\\w*', 'weight', 'vice', 'vise', 'elephant', 'burning'],
  pain: ['pains?', 'painful', 'hurts?', 'hurting', 'ache', 'aches', 'aching', 'agony', 'sore', 'killing (?:me|him|her)', 'tender', 'cramps?', 'cramping'],
  blood: ['blood', 'bloody', 'bleed\\w*', 'bled', 'clots?', 'clotty', 'red stuff'],
  bloodAmount: [
    'a lot', 'lots', 'loads', 'heaps', 'tons', 'mouthfuls?', 'cupfuls?', 'cups?', 'spoonfuls?', 'teaspoons?', 'tablespoons?', 'handfuls?',
    'pouring', 'gushing', 'bright red', 'big clots', 'clots', 'so much', 'too much', 'full of', 'more than (?:a|some) (?:streaks?|specks?|bit)',
  ],
  cough: ['cough\\w*', 'hack\\w*', 'bringing up', 'brought up', 'spitting up', 'spat up'],
  stool: ['poo', 'poos', 'poop', 'poops', 'pooping', 'stools?', 'bowel movements?', 'motions', 'number twos?', 'bms?', 'faeces', 'feces', 'what comes out'],
  blackStool: ['black', 'jet black', 'tar', 'tarry', 'tar-like', 'maroon', 'sticky black'],
  ironLike: ['iron', 'pepto', 'bismuth', 'blueberr\\w*', 'licorice', 'liquorice'],
  /** What a low blood sugar is treated with: taking grams of it is treatment, not an overdose (ADA 2024). */
  sugarTreatment: ['glucose', 'dextrose', 'sugar tabs?', 'sugar tablets?', 'jelly beans', 'juice'],
  numbLoss: [
    'numb\\w*', 'no feeling', "can't feel", "couldn't feel", 'lost (?:all )?(?:the )?feeling', 'loss of feeling', 'lost sensation', 'tingl\\w*',
    'pins and needles', 'dead feeling', 'feels dead',
  ],
  continenceLoss: [
    "can't control", "couldn't control", 'lost control', 'losing control', 'no control', 'control of', 'leak\\w*', 'wet (?:myself|himself|herself)',
    'wetting (?:myself|himself|herself)', '(?:peed|pooped|soiled) (?:myself|himself|herself)', "can't (?:pee|wee|urinate|empty)", "couldn't (?:pee|wee|urinate)",
    "haven't (?:peed|weed|been able to pee)", 'not (?:able to|been able to) (?:pee|wee|urinate)', "didn't (?:realise|realize|notice|feel)",
    "(?:can't|couldn't|don't|doesn't) (?:tell|feel|know) when (?:i|he|she) (?:need|needs|have|has) to", "can't feel (?:the urge|when i need)", 'no urge to',
  ],
  bladderBowel: ['bladder', 'bowels?', 'pee', 'wee', 'urine', 'urinat\\w*', 'poo', 'poop', 'toilet'],
  vomit: ['vomit\\w*', 'threw up', 'throw(?:ing)? up', 'thrown up', 'puk\\w*', 'being sick', 'been sick(?! (?:for|with|since|all))', 'was sick(?! (?:for|with|since|all))', 'sick up'],
  palpitation: [
    'racing', 'pounding', 'fluttering', 'flutters?', 'skipping', 'skips', 'jumping', 'thumping', 'banging', 'going (?:like )?(?:crazy|mad|wild|really fast|so fast)',
    'beating (?:really |so |very )?(?:fast|hard|weird|irregularly)', 'irregular', 'all over the place', 'missing beats',
  ],
  collapse: ['collapsed', 'collapsing', 'fainted', 'passed out', 'blacked out', 'keeled over', 'went down', 'dropped to the floor', 'fell unconscious', 'came round', 'come round', 'came to'],
  tearing: ['tearing', 'ripping', 'ripped', 'torn', 'rip'],
  visionOdd: [
    'spots', 'sparkl\\w*', 'stars', 'flash\\w*', 'zig-?zags?', 'blurr?\\w*', 'double', 'fuzzy', 'shimmer\\w*', 'wavy lines', 'floaters',
  ],
  seeing: ['see', 'seeing', 'sees', 'vision', 'eyesight', 'sight'],
  swellingWord: ['swell\\w*', 'swollen', 'puff\\w*', 'bloated'],
  faceHands: ['face', 'hands', 'fingers', 'ankles and face', 'eyes'],
  inhaler: ['inhalers?', 'puffers?', 'albuterol', 'ventolin', 'salbutamol', 'reliever', 'nebuli[sz]er', 'rescue meds?'],
  frequentUse: [
    'every (?:hour|half hour|\\d+(?:-\\d+| (?:to|or) \\d+)? (?:hours|minutes)|couple of hours|few hours|two hours)', 'more (?:often|than usual)', 'all day', 'constantly',
    '(?:\\d+|several|many|lots of) times (?:a|an|per|in the last|in an) (?:day|hour)',
  ],
  // Eyes open but no answer: responding to nothing or only to voice (AVPU), not alert.
  eyesOpen: ['opens? (?:his|her|their|my) eyes', 'opened (?:his|her|their) eyes', 'eyes (?:are )?open'],
  noAnswer: ["(?:won't|doesn't|can't|isn't|didn't|not) (?:answer|respond|speak|talk)\\w*"],
  // ---- Allergy ----
  allergen: [
    'peanuts?', 'nuts?', 'tree nuts?', 'cashews?', 'almonds?', 'walnuts?', 'pecans?', 'pistachios?', 'hazelnuts?', 'brazil nuts?', 'macadamias?',
    'peanut butter', 'satay', 'marzipan', 'praline', 'nutella', 'pesto', 'tahini', 'hummus', 'houmous', 'sesame', 'eggs?', 'milk', 'dairy', 'shellfish', 'shrimps?', 'prawns?', 'crab', 'lobster', 'fish', 'soy', 'kiwi', 'stung', 'stings?', 'bees?', 'wasps?',
    'hornets?', 'penicillin', 'amoxicillin', 'augmentin', 'antibiotics?', 'latex', 'contrast', 'allerg\\w*', 'new (?:medicine|medication|tablets?|pills?)',
  ],
  allergySkin: ['hives', 'welts', 'rash\\w*', 'blotch\\w*', 'itch\\w* (?:all over|everywhere)', '(?:whole|entire) body (?:is |feels |went |got )?(?:itchy|red|blotchy|covered)', 'red bumps', 'swell\\w*', 'swollen', 'puff\\w*', 'lumps all over'],
  allergySystem: [
    'cough\\w*', 'wheez\\w*', "can't breathe", 'breathing', 'breath', 'throat', 'tongue', 'hoarse', 'croaky', 'vomit\\w*', 'throw\\w* up', 'threw up', 'dizzy',
    'faint\\w*', 'floppy', 'pale', 'drowsy', 'collaps\\w*',
  ],
  // ---- Eye injury ----
  chemical: [
    'bleach', '(?:oven|drain|toilet|floor|bathroom|kitchen) cleaner', 'cleaner', '(?:drain )?unblocker', 'drain opener', 'caustic soda', 'descaler',
    'limescale remover', 'washing powder', 'chlorine', 'pool chemicals?', 'acid', 'alkali', 'lye', 'ammonia', 'cement', 'lime', 'plaster',
    'chemicals?', 'detergent', 'solvent', 'pepper spray', 'hair dye', 'relaxer', 'caustic', 'degreaser',
  ],
  splash: ['splash\\w*', 'spray\\w*', 'squirt\\w*', 'got (?:some )?(?:in|into)', 'went (?:in|into)', 'flicked', 'spilled', 'spilt'],
  // ---- Burns and scalds (NHS 2023: A&E for large or deep burns, white or charred skin, and blistering burns of the face, hands, arms, feet, legs or genitals; ABA 2022) ----
  scaldSource: [
    'boiling', 'kettle', 'hot (?:water|oil|fat|tea|coffee|soup|bath|pan|iron|oven|stove|hob)', 'steam', 'flames?', 'fire', 'bonfire', 'fireworks?', 'chip pan',
    'caught fire', 'scald\\w*',
  ],
  burnSign: ['blister\\w*', 'skin (?:is )?(?:peeling|coming off|white|charred|black|leathery)', 'charred'],
  burnArea: [
    'all (?:over|across|down|up)', 'whole', 'entire', 'face', 'neck', 'chest', 'back', 'tummy', 'belly', 'stomach', 'arms?', 'legs?', 'hands?', 'feet', 'foot',
    'genitals', 'groin', 'privates',
  ],
  // ---- Who the patient is ----
  child: [
    'baby', 'babies', 'newborn', 'infant', 'toddler', 'kid', 'kids', 'kiddo', 'child', 'children', 'son', 'daughter', 'little (?:girl|boy|one|man|lady)',
    'my (?:girl|boy)', 'grandson', 'granddaughter', 'niece', 'nephew', 'twins?', '\\d{1,2} ?(?:yo|y/o|yr old|year old|month old|week old)', 'preschooler',
  ],
  // Accidental swallowing (not "took", which is how adults describe ordinary doses).
  ingest: [
    'ate', 'eaten', 'eating', 'swallow\\w*', 'chew\\w*', 'sucked', 'sucking', 'licked', 'licking', 'drank', 'drunk', 'drinking', 'got into', 'got hold of',
    'into (?:my|her|his|the|grandma\'s|grandpa\'s) (?:purse|bag|handbag|cupboard|cabinet|medicine)', 'put (?:it|them|some|one) in (?:his|her|their) mouth',
    'mouthful', 'bit into',
  ],
  substance: [
    'pills?', 'tablets?', 'tabs', 'meds', 'medicines?', 'medications?', 'capsules?', 'gumm(?:y|ies)', 'vitamins?', 'iron', 'paracetamol', 'tylenol',
    'acetaminophen', 'ibuprofen', 'advil', 'motrin', 'aspirin', 'antidepressants?', 'sleeping (?:pills|tablets)', 'bleach', 'detergent',
    'dishwasher (?:tablets?|pods?|liquid)', '(?:laundry|washing|tide) (?:pods?|capsules?|liquid)', 'pods?', 'button batter(?:y|ies)', 'batter(?:y|ies)',
    'magnets?', 'cleaner', 'antifreeze', 'nicotine', 'vape (?:liquid|juice)', 'e-?liquid', 'edibles?', 'weed', 'cannabis', 'alcohol', 'vodka', 'mouthwash',
    'hand sanitis\\w*', 'hand saniti\\w*', 'essential oils?', 'perfume', 'rat poison', 'pesticide', 'weed ?killer', 'fertili[sz]er', 'white spirit',
    'paint thinner', 'washing[- ]up liquid', 'cigarettes?', 'mushrooms?', 'berries', 'lamp oil', 'lighter fluid', 'insulin', 'patches',
  ],
  // ---- Mental health (NIMH and 988 warning signs) ----
  // Naming a method is a warning sign in itself (NIMH 2024): said of oneself, with a place or a means.
  suicideMethod: [
    '(?:jump|jumping|throw myself|step|stepping) (?:off|from|in front of) (?:a|the|that) (?:bridge|building|roof|cliff|balcony|train|bus|car|lorry|truck|motorway|tracks)',
    'hang(?:ing)? myself', 'a (?:rope|noose) (?:ready|set up|tied)', '(?:slit|slitting|cut|cutting) my wrists', 'gun to my head', 'shoot(?:ing)? myself',
    'drown(?:ing)? myself', 'gas myself', 'crash my car on purpose', 'on purpose',
    "(?:driv(?:e|ing)|steer(?:ing)?|swerv(?:e|ing)|veer(?:ing)?) (?:my car |the car )?(?:into|off) (?:a|the|that) (?:\\w+ ){0,2}(?:wall|pillar|tree|bridge|cliff|lorry|truck|bus|river|barrier|oncoming traffic)", '(?:step|walk|stepping|walking) (?:out )?in front of (?:a|the) (?:train|bus|lorry|truck|car|traffic)',
  ],
  adultIngest: ['took', 'taken', 'downed', 'necked', 'swallowed', 'ate', 'had', 'overdid'],
  largeAmount: [
    'whole', 'entire', 'loads', 'a load', 'lots', 'a lot', 'handfuls?', 'packets?', 'packs?', 'bottles?', 'box(?:es)?', 'strips?', 'dozens', 'a bunch', 'too many',
    'too much', '(?:most|half|all|the rest) of (?:a|the|my|her|his|their) (?:box|packet|pack|bottle|strip|tub|blister pack|sheet|jar)', 'everything',
    '[1-9]\\d+', 'twenty', 'thirty', 'forty', 'fifty', 'a hundred', 'double what', 'way more than',
  ],
  bleedingGoesOn: [
    "won't stop", 'will not stop', 'not stopping', "doesn't stop", "hasn't stopped", "isn't stopping", 'keeps? (?:coming|pouring|going|running)', 'pouring',
    'gushing', 'spurting', '(?:soaked|bled) (?:right )?through (?:\\w+ )?(?:towels?|tea ?towels?|bandages?|dressings?|cloths?|t-?shirts?)', 'squirting', 'pumping out', 'everywhere', 'through (?:the|a|my) (?:bandage|towel|dressing|tea ?towel|cloth|shirt)',
  ],
  harmThought: [
    'thoughts? (?:of|about)', 'thinking (?:of|about)', 'keep (?:thinking|picturing|imagining|seeing myself)', 'picture (?:myself )?', 'picturing',
    'imagin\\w*', 'urges? to', 'want to', 'wanted to', 'feel like', 'scared (?:i|that i)(?:\'ll| will| might| could| am going to)', 'afraid (?:i|that i)(?:\'ll| will| might| could)',
    'worried (?:i|that i)(?:\'ll| will| might| could)', 'tempted to', 'intrusive', 'voices? (?:telling|saying)',
  ],
  harmVerb: ['harm\\w*', 'hurt\\w*', 'smother\\w*', 'suffocat\\w*', 'drown\\w*', 'shak(?:e|ing) (?:her|him|the baby|my baby|them)', 'kill\\w*', 'stab\\w*', 'strangl\\w*', 'throw(?:ing)? (?:her|him|the baby|my baby)'],
  victim: ['her', 'him', 'them', 'baby', 'newborn', 'infant', 'child', 'children', 'kids?', 'son', 'daughter', 'little one', 'wife', 'husband', 'partner', 'someone', 'somebody', 'people'],
  // A question about an amount whose aim is not waking up (NIMH 2024: looking for a way to kill oneself).
  doseQuestion: ['how many', 'how much', 'what number', 'what amount', 'what dose'],
  deathOutcome: [
    "(?:don't|won't|not|never|stop (?:me|him|her) from|stop (?:me|him|her)) wak(?:e|ing) up(?: again| for good)?", 'to die', 'kill (?:me|myself)', 'be (?:fatal|lethal|deadly)',
    'stop (?:my|me) (?:heart|breathing)', 'end my life',
  ],
  // Too breathless to speak: a few words between breaths (NHS 2023, call 999 if you cannot speak in full sentences).
  fewWords: ['(?:can )?only (?:say|speak|get out|manage|get) (?:a |one |two |a few |single )?words?(?: out)?', '(?:a|one) word at a time', 'between breaths'],
  breathWord: ['breath\\w*', 'breathe', 'air', 'wheez\\w*', 'asthma', 'inhalers?', 'puffers?', 'reliever', 'gasp\\w*', 'chest'],
  // The means at hand, and a time or resolve set for using it ("there's a rope in my closet … tonight is the night").
  // A question about a lethal or hidden amount, then a stated intent: "most dangerous if you take the whole box? … I'm going to tonight".
  methodQuestion: [
    'most (?:dangerous|deadly|lethal|harmful)', 'show (?:up )?on (?:a )?tox(?:icology)? screen', '(?:the )?most (?:\\w+ ){0,2}(?:a person|someone|you|i) (?:could|can) take',
    'whole (?:box|pack|packet|bottle)', 'big pack', 'enough pills', 'how many (?:\\w+ ){0,3}(?:would it take|it would take)',
  ],
  intentSoon: [
    "(?:i'm|i am) going to (?:tonight|today|now|do it)", 'take them all', 'enough this time', '(?:to )?be enough', "(?:i'm|i am) done with (?:all of )?(?:it|this|everything)",
    '(?:finally )?make it (?:all )?stop', 'the last time'
  ],
  meansAtHand: ['(?:a|the|my) (?:rope|noose)', '(?:a|the|my) (?:gun|shotgun|rifle)', "(?:i'm|i am) (?:up |standing |sitting )?(?:on|at) (?:the |a )?(?:edge of (?:the |a )?|top of (?:the |a )?)?(?:\\w+ ){0,2}(?:roof|rooftop|ledge|bridge|cliff|balcony|top floor|platform)"],
  resolveSet: [
    "tonight(?:'s| is) the night", "today(?:'s| is) the day", 'the night i do it', "(?:when|once) (?:it's|it is) time", 'right now', 'up here',
    "(?:don't|do not|won't|wouldn't) feel (?:anything|a thing|any pain)", '(?:fall|falling|jump|jumping|drop)\\w* (?:from|off) (?:high enough|that high|this high|a height|up here|the top)',
  ],
  // A cut or wound named without the word blood ("sliced my hand open … it's spurting").
  cutInjury: ['slic(?:e|ed|ing)', 'slash(?:ed|ing)', 'gash\\w*', 'cut (?:my|his|her|the)', 'stabb(?:ed|ing)', 'lacerat\\w*', 'broken glass', '(?:knife|knives)', 'chain ?saw', 'blades?'],
  // Pills found missing after a child got into them.
  pillsMissing: ['(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|a few|several|half) (?:of them )?(?:are|were|is) missing', 'missing from (?:the|my) (?:bottle|packet|box|pack|strip)', 'empty (?:packet|bottle|box|strip)'],
  // Being gone, said of oneself ("if I just disappeared", "I won't be around much longer").
  selfGone: [
    "i(?:'d| would| could| just| were to)?(?: just)? (?:disappear\\w*|vanish\\w*|not be (?:here|around|alive)|wasn't (?:here|around|alive)|weren't (?:here|around|alive)|was(?:n't)? gone|were gone|not exist|stop(?:ped)? existing|not wake up|never wake up|didn't wake up|go to sleep and (?:not|never) wake up|fell asleep (?:forever|and never woke up))",
    "(?:won't|will not|wont) be (?:around|here|alive)", '(?:end|ending) (?:things|it all|my life|everything)', 'not be a burden', 'a burden (?:to|on) (?:everyone|you all|my family|them)',
    'go to sleep (?:forever|for good)', '(?:finally )?make it all stop', 'cutting (?:myself )?(?:deeper|more often)', "(?:want|need) tonight to be the last", "(?:until|till|til) i(?:'m| am) (?:gone|dead|no longer (?:here|around))",
  ],
  permanence: [
    'for good', 'forever', 'permanently', 'better off', 'happier', 'easier', 'anymore', 'any more', 'much longer', 'for long', 'made up my mind', "i've decided",
    'decided', 'tonight', 'rather', 'wish', 'want to', 'no point', 'burden', 'relieved', 'glad', "(?:won't|wouldn't|will not|would not) (?:even )?miss me",
    '(?:no one|nobody) (?:would|will) (?:care|notice|miss)', "doesn't matter", 'not that it matters', "(?:i've|i have) planned it", "(?:i have|i've got|got) a plan",
    // A plan with a time is a warning sign in itself (NIMH 2024).
    'planning', 'plan to', 'after (?:this|the) (?:week|weekend|month)', 'by then', "(?:i've|i have) got everything (?:ready|sorted|in place)", 'next week', 'this weekend', 'after the weekend', 'by (?:the )?(?:weekend|end of the week)', 'tomorrow', 'myself',
  ],
  farewell: [
    'goodbye (?:letters?|notes?|messages?)', 'suicide notes?', 'saying goodbye to (?:everyone|my family|people)', 'said my goodbyes',
    'giv(?:e|en|ing) away (?:all )?my (?:things|stuff|belongings|possessions)', '(?:saving|saved|stockpil\\w*|hoard\\w*|collecting|stashing|stashed) (?:up )?(?:all )?(?:of )?(?:my |the )?(?:pills|tablets|meds|medication|packets|packs|boxes)',
    'wrote (?:a )?(?:letters?|notes?) to (?:everyone|my (?:kids|family|children))',
    // Not being here any more, with a time: "I won't be around after this week", "I won't be here by then".
    "(?:won't|will not|wont) be (?:around|here|alive) (?:much longer|for (?:much )?longer|for long|anymore|any more|after (?:this|the) (?:week|weekend|month)|by then)",
    // Enough of a medicine put by, with no other reason given (NIMH 2024: collecting the means).
    "(?:i've got|i have got|i have|got|i've) enough (?:\\w+ )?(?:saved|stashed|stockpiled|put by|put aside|hidden)(?: up)?", '(?:pass|passing) on (?:a |my )?goodbyes?', 'written (?:letters?|notes?) to (?:everyone|my (?:kids|family|children))',
  ],
} as const;

export type WordClass = keyof typeof classes;

export interface ClassMatch {
  start: number;
  end: number;
  text: string;
}

const compiled = new Map<WordClass, RegExp>(
  (Object.keys(classes) as WordClass[]).map((name) => [name, new RegExp(String.raw`(?<![\w'])(?:${classes[name].join('|')})(?![\w])`, 'g')]),
);

/** Every occurrence of a word class in a text, in order. */
export function findClass(text: string, name: WordClass): ClassMatch[] {
  const re = compiled.get(name);
  if (!re) return [];
  re.lastIndex = 0;
  const found: ClassMatch[] = [];
  for (const m of text.matchAll(re)) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
  return found;
}

/** Single lexicon words of five or more letters, the targets of the misspelling repair in text.ts. */
export function lexiconWords(): string[] {
  const words = new Set<string>();
  for (const entries of Object.values(classes)) {
    for (const entry of entries as readonly string[]) {
      if (/^[a-z]{5,}$/.test(entry)) words.add(entry);
      // A stem with a plural or ending marker: "cashews?" gives "cashew" and "cashews".
      const stem = /^([a-z]{5,})s\?$/.exec(entry);
      if (stem) words.add(stem[1]).add(`${stem[1]}s`);
    }
  }
  return [...words];
}
