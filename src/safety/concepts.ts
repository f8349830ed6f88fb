/**
 * The findings triage looks for, each with the lay and clinical wordings patients use.
 * Patterns run on normalized text (see text.ts). A concept only names a finding; whether it
 * matters, and how much, is decided by the rules in rules.ts.
 */

export interface Concept {
  id: string;
  patterns: RegExp[];
  /** Wordings that look like the finding but are something else ("food poisoning", "heartburn"). */
  exclude?: RegExp;
  /**
   * True for findings that can lower a level (a mild qualifier, pain only on pressing). Such findings
   * are ignored inside a reassuring clause, so that reassurance never lowers the level.
   */
  lowering?: boolean;
  /** The finding carries its own time ("gave birth 2 weeks ago"): a past-time word does not make it history. */
  timed?: boolean;
}

const P = (...sources: string[]): RegExp[] => sources.map((s) => new RegExp(s, 'g'));
const POSS = String.raw`(?:my|his|her|their|the|our|your)`;

export const concepts: Concept[] = [
  // Heart and circulation
  {
    id: 'chest_pain',
    patterns: P(
      String.raw`\b(?:fist|hand|vice|vise) (?:squeez\w*|gripp\w*|clench\w*) (?:${POSS} )?heart\b`,
      String.raw`\bchest\b(?:\s+\w+){0,2}?\s+(?:pains?|hurts?|hurting|aches?|aching|discomfort|pressure|tightness|tight|heaviness|heavy|squeez\w*|crush\w*|burning|is killing)`,
      String.raw`\b(?:pains?|pressure|tightness|heaviness|discomfort|ache|aching|squeezing|crushing|weight|burning)\s+(?:\w+\s+)?(?:in|on|across|around|behind|under)\s+(?:the (?:middle|center|centre|left side|right side|front|left|right) of\s+)?(?:${POSS}\s+)?(?:\w+\s+)?(?:chest|breastbone|sternum)`,
      String.raw`\bchest\b(?:\s+\w+){0,3}\s+(?:feels?|is|was)\s+(?:\w+\s+)?(?:tight|heavy|crush\w*|squeez\w*|like)`,
      String.raw`\bangina\b`,
      String.raw`\bchest\b(?:\s+\S+){0,5}?\s+(?:pains?|hurt\w*|ach\w*|pressure|tight\w*|heav\w*|squeez\w*|crush\w*|discomfort|burn\w*|sore)\b`,
      String.raw`\b(?:pains?|hurt\w*|aching|pressure|tightness|heaviness|squeez\w*|crush\w*|discomfort)\b(?:\s+\S+){0,5}?\s+chest\b`,
      String.raw`\belephant (?:on|sitting on) ${POSS} chest`,
      String.raw`\bheart (?:pain|hurts|is hurting)`,
      // Lay people place chest pain "at the heart" (AHA 2024 lists chest discomfort in any wording).
      String.raw`\b(?:pains?|aches?|aching|squeez\w*|crush\w*|pressure|tight\w*|heav\w*|grip\w*|clench\w*)\b(?:\s+\S+){0,3}?\s+(?:in|around|on|near|over|across|round)\s+${POSS}\s+heart\b`,
    ),
  },
  {
    id: 'chest_mechanical',
    lowering: true,
    patterns: P(
      String.raw`\b(?:only )?when i (?:press|push|touch|poke|cough|sneeze|move|twist|turn|lift|reach)\b`,
      String.raw`\b(?:tender|sore|hurts|painful) (?:to (?:the )?touch|when (?:i )?press\w*|if i press\w*)\b`,
      String.raw`\bpress(?:ing)? on (?:it|the spot|my ribs?)\b`,
    ),
  },
  { id: 'heart_attack_named', patterns: P(String.raw`\bheart attack\b`, String.raw`\bmyocardial infarction\b`, String.raw`\bcardiac arrest\b`) },
  {
    id: 'cardiac_quality',
    patterns: P(String.raw`\b(?:crush\w*|squeez\w*|pressure|heav(?:y|iness)|tight(?:ness)?|elephant|vice|vise|band around|clench\w*|fist|gripp\w*)\b`),
    exclude: /\bblood pressure\b|\bpressure (?:reading|cuff|is \d)/,
  },
  {
    id: 'pain_radiation',
    patterns: P(
      String.raw`\b(?:spread\w*|radiat\w*|goes|going|went|moving|moves|shoot\w*|travel\w*)\s+(?:\w+\s+)?(?:down|up|into|to|through|across)\s+(?:${POSS}\s+)?(?:left |right |both )?(?:arms?|jaw|neck|back|shoulders?|teeth)`,
      String.raw`\b(?:left |both )arms? (?:pain|hurts?|aches?|is numb|feels numb|tingl\w*)`,
      String.raw`\b(?:pain|ache|aching) (?:in|down) ${POSS} (?:left )?arm\b`,
      String.raw`\bjaw (?:pain|hurts|aches?)\b`,
    ),
  },
  { id: 'sweating', patterns: P(String.raw`\b(?:sweat(?:y|ing)|diaphore\w*|clammy|cold sweats?|drenched)\b`) },
  {
    id: 'nausea',
    patterns: P(String.raw`\b(?:nause\w*|morning sickness|queasy|sick to ${POSS} stomach|sick to my stomach|feel(?:ing)? (?:a bit |a little )?sick(?:y|ish)?|throw(?:ing)? up|threw up|vomit\w*|puk\w*)\b`),
  },
  {
    id: 'lightheaded',
    patterns: P(String.raw`\b(?:light[- ]?headed\w*|dizz\w*|feel(?:ing)? faint|felt faint|came over (?:all )?(?:faint|dizzy|woozy|funny)|(?:nearly|almost) (?:fainted|passed out|blacked out|keeled over)|(?:about|going) to (?:faint|pass out)|(?:might|could|will|gonna) (?:faint|pass out)|woozy)\b`),
  },
  {
    id: 'syncope',
    patterns: P(String.raw`\b(?:fainted|passed out|pass(?:es|ing)? out|blacked out|black out|lost consciousness|collapsed|collapse|keeled over|found (?:him|her|them|my \w+|\w+) slumped)\b`),
  },
  {
    id: 'unresponsive',
    patterns: P(
      String.raw`\b(?:can't|cannot|can not|couldn't) (?:properly |really |fully )?(?:wake|rouse) (?:him|her|them|my|the)\b|\b(?:shaking|shouting at|pinching) (?:him|her|them)\b(?:\s+\S+){0,2}?\s+(?:doesn't|does not|won't|didn't) (?:wake|rouse|respond)\w*`,
      String.raw`\bpassed out\b(?:\s+\S+){0,6}?\s+(?:and )?(?:won.t|can.t|doesn.t|not) (?:wake|respond)\w*`,
      String.raw`\b(?:isn't|is not|not|won't|can't|hasn't|no longer)\s+(?:be\s+)?(?:respond\w*|wak\w*|arous\w*|breathing)`,
      String.raw`\b(?:unresponsive|unconscious|not breathing|stopped breathing|no pulse|no heartbeat|can't wake (?:him|her|them|my|the)|turned blue)\b`,
      // Responds to nothing or only to voice or pain (AVPU): "opens his eyes but won't answer me".
      String.raw`\b(?:won't|doesn't|isn't|didn't) respond(?:ing)? (?:to (?:me|us|his name|her name|anything|anyone)|when (?:i|we) (?:shake|call|shout|talk|touch))\b`,
    ),
  },
  {
    id: 'palpitations',
    patterns: P(String.raw`\b(?:palpitat\w*|heart (?:is |keeps )?(?:racing|pounding|fluttering|skipping|beating (?:really |very )?fast|flutter\w*)|racing heart|irregular heart ?beat|heart ?beat (?:is )?(?:irregular|racing)|afib episode|(?:heart|pulse)\b(?:\s+\S+){0,3}?\s+flip[- ]?flop\w*|skipp\w* beats)\b`),
  },
  {
    id: 'cardiac_history',
    patterns: P(String.raw`\b(?:heart disease|coronary|heart failure|stents?|bypass surgery|had a heart attack|angina|cardiomyopathy|atrial fibrillation|afib)\b`),
  },
  // Breathing
  {
    id: 'dyspnea',
    patterns: P(
      String.raw`\bshort(?:ness)? (?:of|of) breath\b`,
      String.raw`\b(?:breathless\w*|out of breath|winded|hard to breathe|harder to breathe|hard time breathing|difficulty breathing|trouble breathing|trouble catching ${POSS} breath|can't catch ${POSS} breath|breathing (?:is )?(?:hard|difficult|labou?red|heavy)|dyspn\w*|struggl\w* (?:to|for) breath\w*|breathing problems?)\b`,
      String.raw`\bsob\b`,
    ),
  },
  {
    id: 'severe_dyspnea',
    patterns: P(
      String.raw`\b(?:stop|stopping) (?:mid[- ]?sentence|mid[- ]?word|between words) to (?:breathe|catch (?:my|his|her) breath)\b|\b(?:can only|only able to) (?:say|get out|manage) (?:two|three|2|3|a few|one or two|two or three) words (?:before|at a time|between|without)\b`,
      String.raw`\blips?\b(?:\s+\S+){0,3}?\s+(?:have |has )?(?:gone|turned|turning|going) (?:a )?(?:blue|bluish|blueish|grey|gray|purple)\w*`,
      String.raw`\b(?:can't breathe|can't breath|can barely breathe|can hardly breathe|barely breathing|hardly breathing|struggl\w* to breathe|gasp\w*|fighting for (?:air|breath)|can't get (?:any |enough )?air|not getting (?:enough )?air|choking|choked)\b`,
      String.raw`\bbreathing (?:is |sounds |looks )?(?:weird\w*|strange\w*|funny|odd\w*|abnormal\w*|irregular\w*|noisy|gurgl\w*|shallow)\b`,
      String.raw`\bcan't (?:finish|complete|say|speak in|talk in) (?:a |full |whole |my )*(?:sentences?|words?)`,
      String.raw`\b(?:can't|couldn't|unable to|not able to)\s+(?:\S+\s+){0,2}?(?:breathe|breath|get (?:a |my )?breath)\b`,
      String.raw`\b(?:too breathless|too short of breath) to (?:talk|speak|walk)`,
      String.raw`\b(?:can barely|can hardly|can't) (?:get (?:a |the )?words? out|talk|speak)\b`,
      String.raw`\b(?:lips?|face|fingernails|skin) (?:are |is |look |looks |turning |turned |going )?(?:blue|blueish|bluish|gr[ae]y|purple)\b`,
      String.raw`\b(?:blue|blueish|bluish) lips\b`,
      // Blue around the mouth is central cyanosis, in a baby too (AAP 2022; NHS 2023).
      String.raw`\b(?:going|turning|turned|goes|gone|went|looks?|looking) (?:a bit |slightly |very )?(?:blue|bluish|blueish|gr[ae]y|purple) (?:around|round|on) (?:${POSS} |the )?(?:mouth|lips)\b`,
      String.raw`\b(?:ribs|chest|skin between (?:the |${POSS} )?ribs) (?:is |are )?(?:sucking|pulling|sucks|pulls|sinks|sinking) in\b`,
      String.raw`\b(?:struggl\w*|fighting|battling|gasping) (?:to get|to pull|for) (?:any |enough )?(?:air|breath)\b`,
      String.raw`\b(?:can't|couldn't|struggling to|hard to|trying to) get (?:any |enough )?air in\b`,
      // Chest indrawing, nostril flaring and head bobbing are signs of a child working hard to breathe.
      String.raw`\b(?:suck\w*|pull\w*|cav\w*|sink\w*|draw\w*) in (?:under|between|below|around|beneath|at) (?:${POSS} )?ribs\b`,
      String.raw`\b(?:nostrils? (?:are |is )?flar\w*|head bobbing|(?:tummy|belly|stomach) (?:is )?(?:sucking|pulling) in)\b`,
    ),
    exclude: /\bchoking on (?:my|the) words\b/,
  },
  {
    id: 'rapid_breathing',
    patterns: P(String.raw`\b(?:breathing (?:really |very |so )?(?:fast|quickly|rapid\w*|deep(?:ly)?|hard)|fast breathing|rapid breathing|deep (?:and )?(?:rapid|fast) breath\w*)\b`),
  },
  {
    id: 'breathing_mild',
    lowering: true,
    patterns: P(
      String.raw`\b(?:a (?:bit|little)|slightly|mildly|a touch|somewhat) (?:more )?(?:short of breath|breathless|winded|out of breath)`,
      String.raw`\b(?:when|while|on|after) (?:i )?(?:climb\w*|walk\w* (?:up|fast|uphill)|exercis\w*|runn\w*|run\b|exert\w*|go(?:ing)? up|jog\w*)`,
      // Breathless only on effort (climbing stairs, a hill) is not breathlessness at rest (NHS 2023).
      String.raw`\b(?:breathless|short of breath|out of breath|puffed|winded)\s+(?:\w+\s+)?(?:going|walking|climbing|getting|coming) (?:up|upstairs|uphill)\b|\b(?:on|with) (?:the )?(?:stairs|exertion|effort)\b`,
      String.raw`\b(?:for|over|past|last) (?:the )?(?:last |past )?(?:few |several |couple of |\d+ |two |three )?(?:days|weeks|months)\b`,
      String.raw`\b(?:lately|recently|gradually|slowly|with my cold|with a cold|stuffy)\b`,
      // Breathless only when running for a bus or hurrying, and fine at rest (NHS 2023).
      String.raw`\b(?:breathless|short of breath|out of breath|puffed|winded)\s+(?:\w+\s+)?(?:running|rushing|hurrying|cycling|jogging|playing)\b|\b(?:fine|ok|okay|normal|alright|good) (?:at rest|when (?:i'm |i am )?resting|sitting down)\b`,
    ),
  },
  {
    id: 'hemoptysis',
    patterns: P(String.raw`\b(?:cough\w* (?:up )?(?:blood|bloody|red)|blood (?:when i cough|in ${POSS} (?:sputum|phlegm|spit|mucus))|hemoptysis|bloody (?:sputum|phlegm|mucus|spit))\b`),
  },
  {
    id: 'asthma_rescue_failing',
    patterns: P(
      String.raw`\b(?:\d+|ten|eight|six|several|lots of|loads of) puffs\b(?:\s+\S+){0,8}?\s+(?:and nothing|nothing|no (?:help|relief|better|difference)|not helping|didn.t help)\b`,
      String.raw`\b(?:blue|reliever|rescue) (?:inhaler|puffer)\b(?:\s+\S+){0,4}?\s+(?:has )?done nothing\b`,
      String.raw`\b(?:inhaler|albuterol|ventolin|puffer|nebuli[sz]er|rescue meds?)\b(?:\s+\S+){0,6}?\s+(?:isn't|is not|not|doesn't|didn't|no longer|hasn't|stopped)\s+(?:\w+\s+)?(?:help\w*|work\w*)`,
      String.raw`\b(?:no|little|without) (?:real |significant )?relief from ${POSS} (?:rescue )?(?:inhaler|albuterol|puffer)`,
      String.raw`\b(?:inhaler|albuterol|puffer|nebuli[sz]er)\b(?:\s+\S+){0,3}?\s+(?:did nothing|does nothing|didn't do anything|doesn't do anything|had no effect|isn't doing anything)`,
    ),
  },
  {
    id: 'asthma_rescue_frequent',
    patterns: P(
      String.raw`\b(?:needed|needing|used|using) (?:my )?(?:blue |reliever |rescue )?(?:inhaler|puffer|reliever)\b(?:\s+\S+){0,2}?\s+(?:most days|every day|several times a day|more than usual|a lot more)\b|\b(?:asthma|cough|wheez\w*|inhaler|it)\b(?:\s+\S+){0,3}?\s+woke me (?:up )?(?:twice|at night|in the night|every night|\d+ times)\b`,
      String.raw`\b(?:inhaler|albuterol|ventolin|puffer|nebuli[sz]er)\b(?:\s+\S+){0,8}?\s+(?:every (?:hour|couple of hours|two hours|2 hours|few hours|\d+(?:-\d+| (?:to|or) \d+)? hours)|more (?:often|than usual|and more)|a lot more|several times a day|constantly|all day)`,
      String.raw`\b(?:need\w*|using|used|taking|take|use)\s+(?:${POSS}\s+)?(?:rescue )?(?:inhaler|albuterol|puffer)\b(?:\s+\S+){0,4}?\s+(?:every|more|constantly|hours|all day|a lot)`,
    ),
  },
  { id: 'wheeze', patterns: P(String.raw`\bwheez\w*`) },
  { id: 'cough', patterns: P(String.raw`\bcough\w*`) },
  // Brain and nerves
  {
    id: 'face_droop',
    patterns: P(
      String.raw`\b(?:face|mouth|smile|lip|eyelid)\b(?:\s+\w+){0,2}?\s+(?:is |looks |feels |seems |went |has gone )?(?:droop\w*|crooked|lopsided|uneven|sagg\w*|fallen|numb|hanging (?:down|low)|slipp\w* down|slid down)`,
      String.raw`\b(?:one|the (?:right|left)|right|left) side of ${POSS} (?:face|mouth|lip)\b(?:\s+\S+){0,3}?\s+(?:droop\w*|hang\w*|dropp?\w*|slipp?\w*|sag\w*|numb|weak|fallen|dead|not moving)`,
      String.raw`\bdroop\w* (?:face|mouth|smile|on one side)`,
      String.raw`\bone side of ${POSS} (?:face|mouth)\b`,
      String.raw`\bfacial (?:droop\w*|weakness|numbness)`,
    ),
  },
  {
    id: 'limb_weakness',
    patterns: P(
      String.raw`\b(?:can't|unable to|not able to|couldn't) (?:lift|raise|move|feel|grip|use|hold) (?:anything with )?${POSS} (?:right |left )?(?:arm|leg|hand|foot)`,
      String.raw`\b(?:right|left|one) (?:arm|leg|hand|side)(?: of ${POSS} body)? (?:is |feels |went |has gone |suddenly |all |really |completely |totally )*(?:weak|numb|limp|dead|heavy|paraly\w*|useless|tingl\w*)`,
      String.raw`\b(?:arm|leg|hand)\b(?:\s+\w+){0,1}?\s+(?:is |feels |went |has gone |suddenly )+(?:weak|numb|limp|dead|heavy|paraly\w*|useless)`,
      String.raw`\b(?:weak\w*|numb\w*|paraly\w*|tingl\w*) (?:in|on|of) ${POSS} (?:left|right|one) (?:side|arm|leg|hand)`,
      String.raw`\b(?:hemipar\w*|hemipleg\w*|one-sided weakness)`,
      String.raw`\b(?:weak\w*|numb\w*|paraly\w*|limp)\b(?:\s+\S+){0,2}?\s+(?:in|on|of|down)\s+(?:\S+\s+){0,3}?(?:arms?|legs?|hands?|side)\b`,
      String.raw`\b(?:arms?|legs?|hands?)\b(?:\s+\S+){0,5}?\s+(?:went|go|goes|going|have gone|has gone|are|is|feels?|got|became|suddenly)\s+(?:all\s+|really\s+|very\s+|suddenly\s+)?(?:weak|numb|limp|dead|heavy|paraly\w*)\b`,
    ),
  },
  {
    id: 'numbness_chronic',
    lowering: true,
    patterns: P(String.raw`\b(?:at night|when i (?:sleep|type|wake|lie)|for (?:weeks|months|years)|on and off|comes and goes|both (?:hands|feet|legs)|pins and needles|slept on|carpal tunnel|neuropathy)\b`),
  },
  {
    id: 'speech_trouble',
    patterns: P(
      String.raw`\bslur\w*`,
      // Someone else noticed the speech: "my sister said I sounded drunk".
      String.raw`\b(?:said|says|thought|told me) (?:i|he|she) (?:sounded|sounds|was sounding) (?:drunk|strange|weird|odd|funny)\b|\b(?:speech|words?|talking) (?:was|were|is|are|went|came out) (?:all )?(?:jumbled|garbled|muddled|wrong|nonsense)\b`,
      String.raw`\b(?:can't|trouble|difficulty|hard time|unable to|struggl\w* to) (?:speak\w*|talk\w*|get (?:the |my |his |her )?words out|find (?:the |my |his |her )?words|understand\w* (?:me|anyone|people|what))`,
      String.raw`\bspeech (?:is |sounds )?(?:slurred|garbled|strange|weird|funny|off|jumbled)`,
      String.raw`\bwords (?:are |come out |are coming out |keep coming out )?(?:all )?(?:jumbled|garbled|wrong|mixed up|muddled|nonsense)`,
      String.raw`\b(?:speech|talking|words|speaking)\b(?:\s+\S+){0,3}?\s+(?:slur\w*|garbl\w*|jumbl\w*|strange|wrong|weird|funny|off)\b`,
      String.raw`\b(?:not making (?:any )?sense|making no sense|talking (?:gibberish|nonsense)|aphasi\w*)`,
    ),
  },
  {
    id: 'vision_loss',
    patterns: P(
      String.raw`\b(?:dark |black |grey |gray )?(?:shade|curtain|shadow|veil|blind)\b(?:\s+\S+){0,3}?\s+(?:dropped|came down|coming down|came up|pulled|drawn|fell|falling|over|across|covering)\b(?:\s+\S+){0,6}?\s+(?:eye|vision|sight)\b`,
      String.raw`\b(?:shower|burst|cloud|swarm|lots|loads|hundreds) of (?:new )?(?:floaters|black dots|specks)\b`,
      String.raw`\b(?:lost|loss of|losing|lose) (?:the )?(?:vision|sight)`,
      String.raw`\b(?:can't|couldn't) see (?:out of|with|from)`,
      String.raw`\b(?:suddenly|sudden) (?:went |gone |going )?(?:blind|can't see)`,
      String.raw`\b(?:curtain|shadow|veil)\b(?:\s+\S+){0,3}?\s+(?:over|across|coming down|came down|dropped|drawn|pulled down)`,
      String.raw`\b(?:half|part|top|bottom|side) (?:of )?${POSS} (?:vision|sight|eyesight)\b(?:\s+\S+){0,2}?\s+(?:is |has )?(?:gone|black|dark|missing|blacked out)`,
      String.raw`\bdouble vision\b`,
      String.raw`\bvision (?:\w+ )?(?:went|has gone|is gone|is going|turned) (?:black|dark|out|grey|gray)`,
      String.raw`\b(?:sight|vision) in ${POSS} (?:left |right |one |other )?eye\b(?:\s+\S+){0,2}?\s+(?:went|has gone|is gone|turned|going|gone) (?:all )?(?:black|dark|dim|grey|gray|blank|out)\b`,
    ),
  },
  {
    id: 'vision_change',
    patterns: P(String.raw`\b(?:(?:things|everything|it all|eyesight|sight) (?:looks? |is |are |seems? |keeps? |goes |went |has gone |keeps going )?(?:a bit |a little |all |really |quite |so )?(?:blurr\w*|fuzzy|hazy|misty|double)|blurr?(?:y|ed) vision|vision (?:is |went |has gone |got )?(?:blurr\w*|fuzzy|spotty|strange)|seeing (?:\w+ )?(?:spots|stars|sparkles|sparkl\w*|flashing lights|flashes|zig-?zags?|lights)|flashing lights|spots in ${POSS} vision|(?:new )?floaters)\b`),
  },
  {
    id: 'balance_loss',
    patterns: P(String.raw`\b(?:(?:keep |kept |keeps )?veer\w* (?:off )?to (?:one|the (?:left|right)) side|(?:keep |kept )?(?:drifting|pulling|leaning|falling) to one side|(?:lost|losing|loss of) ${POSS} balance|can't (?:walk|stand) (?:straight|up)|stumbling|staggering|walking like (?:i'm|he's|she's) drunk|unsteady on ${POSS} feet|keeps? falling over)\b`),
  },
  {
    id: 'confusion',
    patterns: P(
      String.raw`\b(?:can(?:'t| barely| hardly) stay awake|confus\w*|disorient\w*|delirious|delirium|altered mental|not making sense|doesn't know where (?:he|she|i) (?:is|am)|doesn't recogni[sz]e|(?:acting|talking) (?:strange|weird|odd|funny)\w*|(?<!(?:hear|see|breathe|hearing|seeing) )out of it|can't think straight|somnolent|(?:very|really|so|extremely) (?:drowsy|dozy)|hard to wake|difficult to wake|muddled|befuddled)\b`,
      // Disorientation in time, place or person (CDC sepsis and stroke signs: confusion or disorientation).
      String.raw`\b(?:no idea|doesn't know|don't know|does not know|not know) (?:where (?:he|she|i|they) (?:is|am|are)|what (?:day|year|month) it is)\b`,
    ),
    exclude: /\bconfus\w* (?:about|by|with|as to|why|what|how|whether|over|on)\b|\bconfusing\b/,
  },
  { id: 'known_dementia', patterns: P(String.raw`\b(?:dementia|alzheimer'?s?|memory (?:loss|problems))\b`) },
  { id: 'stroke_named', patterns: P(String.raw`\b(?:stroke|mini[- ]?stroke|tia)\b`), exclude: /\bheat ?stroke\b|\bstroke (?:risk|prevention)\b/ },
  {
    id: 'worst_headache',
    patterns: P(
      String.raw`\bworst (?:\w+ ){0,2}(?:headache|head pain|pain)(?: \w+){0,3} (?:of|in) ${POSS} life`,
      String.raw`\bworst headache\b`,
      String.raw`\b(?:never had|never felt|never experienced|never had a|never felt a)\b(?:\s+\w+){0,3}\s+(?:headache|head pain)`,
      String.raw`\bheadache\b(?:\s+\S+){0,4}\s+(?:like (?:i've )?never|of my life|ever had|i've ever (?:had|felt))`,
      // "A headache ... worst I've ever had": the superlative after the headache, a few words on.
      String.raw`\b(?:headache|head pain|head)\b(?:\s+\S+){0,14}?\s+(?:the )?worst (?:\w+ )?(?:i've|i have|i'd|i've ever|i have ever|ever) (?:ever )?(?:had|felt|experienced|known)\b`,
      String.raw`\bmost (?:\w+ )?(?:horrendous|awful|horrible|terrible|painful|intense|severe|excruciating|agoni[sz]ing|unbearable) headache\b`,
      String.raw`\bthunderclap\b`,
      String.raw`\b(?:sudden\w*|out of nowhere|all of a sudden)\b(?:\s+\w+){0,3}?\s+(?:severe|terrible|horrible|excruciating|explosive|really bad|awful|splitting|blinding|intense)\s+headache`,
      String.raw`\b(?:severe|excruciating|explosive|terrible|awful|horrible|blinding)\s+headache\b(?:\s+\S+){0,6}\s+(?:sudden\w*|out of nowhere|came on (?:all at once|in seconds|instantly|suddenly)|like being hit|instantly)`,
      String.raw`\b(?:like (?:being|i was|i've been) (?:hit|struck|kicked) (?:in|on) the (?:back of the )?head)`,
    ),
  },
  {
    id: 'headache',
    patterns: P(String.raw`\b(?:headaches?|head (?:hurts|is pounding|pain|ache|is killing)|migraines?)\b`),
  },
  {
    id: 'neck_stiffness',
    patterns: P(
      String.raw`\b(?:can't|cannot|can not|unable to) (?:bend|tip|tilt|put|move|get) (?:${POSS} )?(?:head|chin) (?:forward|down|to (?:${POSS} )?chest)\b`,String.raw`\b(?:stiff neck|neck (?:is |feels |is very |is really )?(?:stiff|rigid)|can't (?:bend|touch|move|put) (?:${POSS} )?(?:neck|chin)|neck stiffness|nuchal rigidity)\b`),
  },
  {
    id: 'photophobia',
    patterns: P(
      String.raw`\b(?:bright )?lights? (?:is |are )?(?:agony|unbearable|killing me|painful)\b|\b(?:light|lights) (?:hurts?|hurting) (?:${POSS} )?eyes\b`,String.raw`\b(?:light (?:hurts|bothers|is painful|is too bright)|sensitiv\w* to (?:the )?light|photophob\w*|can't stand (?:the )?light|hurts to look at (?:the )?light)\b`),
  },
  {
    id: 'seizure',
    patterns: P(String.raw`\b(?:seizures?|seizing|convuls\w*|(?:having|had) a fit|fitting|shaking (?:and jerking|uncontrollably)|jerking (?:all over|uncontrollably))\b`),
  },
  { id: 'seizure_prolonged', patterns: P(String.raw`\b(?:seizure|fit|shaking|convuls\w*)\b(?:\s+\S+){0,6}\s+(?:more than|over|longer than) (?:5|five|ten|10) minutes|\b(?:won't stop|keeps? coming|back to back|one after another)\b`) },
  { id: 'first_seizure', patterns: P(String.raw`\b(?:first (?:ever )?seizure|never had a seizure before|no history of seizures|(?:seizure|fit)\b(?:\s+\S+){0,3}?\s+for the first time|first time (?:ever )?(?:having|i had|he had|she had) a seizure)\b`) },
  {
    id: 'head_injury',
    patterns: P(
      String.raw`\b(?:hit|bang\w*|bump\w*|knock\w*|smack\w*|struck|whack\w*|landed on|cracked|split) (?:${POSS} )?(?:back of (?:${POSS} )?|side of (?:${POSS} )?)?(?:head|skull)\b`,
      String.raw`\bhead (?:injury|injuries|trauma|wound)\b`,
      String.raw`\b(?:knock|blow|bang|bump|hit|smack|whack|kick|elbow|knee)s? (?:to|on|in) (?:the|${POSS}) head\b`,
      String.raw`\bfell\b(?:\s+\S+){0,5}\s+(?:on|onto) (?:${POSS} )?head\b`,
      String.raw`\bconcussion\b`,
    ),
  },
  { id: 'drowsiness', patterns: P(String.raw`\b(?:more |very |really |unusually |quite )?(?:tired|sleepy|drowsy|dozy)\b(?: than (?:usual|normal))?`) },
  {
    id: 'minor_qualifier',
    lowering: true,
    patterns: P(String.raw`\b(?:small|minor|little|slight|slightly|tiny|mild|lightly|light bump|not (?:very )?hard|bit of an?|a bit)\b`),
  },
  // Allergy
  {
    id: 'airway_swelling',
    patterns: P(
      String.raw`\b(?:throat|airway)\b(?:\s+\S+){0,5}?\s+(?:is |feels |feel |getting |seems )?(?:swell\w*|swollen|tight\w*|closing|clos\w* up|narrow\w*|thick)`,
      String.raw`\btongue\b(?:\s+\w+){0,2}?\s+(?:is |feels |getting )?(?:swell\w*|swollen|thick|huge)`,
      String.raw`\bswell\w* (?:of |in )?(?:${POSS} )?(?:throat|tongue)`,
      String.raw`\b(?:throat|tongue) swelling\b`,
      String.raw`\banaphyla\w*`,
    ),
  },
  {
    id: 'face_swelling',
    patterns: P(
      String.raw`\b(?:lips?|face|mouth|eyelids)\b(?:\s+\w+){0,2}?\s+(?:is |are |feels |getting |got |has |have )?(?:swell\w*|swollen|puff\w*)`,
      String.raw`\bswell\w* (?:of |in |on |around )?(?:${POSS} )?(?:lips?|face|mouth)`,
      String.raw`\bswollen (?:\w+ )?(?:lips?|face)\b`,
    ),
  },
  { id: 'hives', patterns: P(String.raw`\b(?:hives|welts|urticaria|itchy (?:red )?bumps all over|rash all over|broke out in (?:a )?rash)\b`) },
  {
    id: 'allergen_exposure',
    patterns: P(String.raw`\b(?:peanuts?|peanut butter|satay|marzipan|praline|nutella|pesto|tahini|hummus|houmous|tree nuts?|nuts|shellfish|shrimp|bee|wasp|hornet|yellow jacket|stung|sting|allerg\w*|penicillin|amoxicillin|sulfa|new (?:medicine|medication|pill|antibiotic|drug)|epi-?pen|contrast dye)\b`),
  },
  {
    id: 'dangerous_combination',
    patterns: P(String.raw`\b(?:mix|combine|take|swallow)\b(?:\s+\S+){0,6}?\s+all\b(?:\s+\S+){0,4}?\s+at once\b|\ball (?:of )?(?:my|your|the) (?:pills|meds|medications?|medicines|tablets|antidepressants|\w+ pills)\b(?:\s+\S+){0,3}?\s+at once\b|\b(?:lethal|fatal|deadly|overdose)\b`),
  },
  {
    id: 'imminent_intent',
    patterns: P(
      String.raw`\b(?:i'm|i am|i'll|i will) (?:going to |gonna |planning to )?(?:do|try) (?:it|this|that) (?:tonight|today|now|soon|this weekend|later)\b`,
      // After a question about a fatal amount: "I want it to be".
      String.raw`\bi (?:want|hope|wish) (?:it|that|they) (?:to be|would be|will be|is|are)$`,
    ),
  },
  { id: 'allergic_reaction', patterns: P(String.raw`\b(?:allergic reaction|having a reaction|reacting badly|anaphylactic)\b`) },
  {
    id: 'new_medicine',
    patterns: P(
      String.raw`\b(?:after|since) (?:i )?(?:starting|taking|started|took|beginning|began) (?:a |my |the |this )?(?:new )?\w+|\bnew (?:medicine|medication|pill|antibiotic|drug|prescription)\b|\b(?:\w+ )?days? into (?:the|my|a|his|her) (?:\w+ )?(?:antibiotics?|course|medicine|tablets|pills)\b|\bon day \d+ of (?:\w+)\b|\bday \d+ of (?:the |my )?(?:\w+cillin|\w+mycin|antibiotics?|course)\b|\bstarted (?:taking )?(?:a |my |the )?new\b`,
      // A named medicine begun in the last days: "started amoxicillin yesterday", "put on a course of antibiotics".
      String.raw`\b(?:started|starting|began|put on|prescribed|given|been on|on day \w+ of)\s+(?:taking\s+|on\s+)?(?:a |an |my |the |some )?(?:course of |new )?(?:antibiotics?|tablets|\w+(?:cillin|mycin|cycline|floxacin|prazole|statin|pril|sartan|olol|xetine|traline|triptyline|azole|oxacin|trim|sulfa\w*|dipine|formin|tidine|pam))\b(?:\s+\S+){0,3}?\s+(?:yesterday|today|this week|last night|(?:\w+ )?days? ago|a few days|this morning|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)`,
    ),
  },
  { id: 'insect_sting', patterns: P(String.raw`\b(?:stung|stings?|bee|wasp|hornet|(?:mosquito|mozzie|mozzy|midge|gnat|bug|insect|flea|horse ?fly|spider) bites?|bitten by (?:a )?(?:mosquito|mozzie|bug|insect|midge|gnat)|(?:mosquito|mozzie|bug|insect|midge|flea|gnat)e?s? (?:bit|bites|bitten))\b`), exclude: /\bstings? (?:when|while|if|as)\b/ },
  // Mental health
  {
    id: 'suicidal',
    patterns: P(
      String.raw`\b(?:injected|inject|injecting|used|use|took|take)\s+(?:the whole|a whole|all (?:of )?(?:the|my)|every)\b(?:\s+\S+){0,5}?\s+(?:would|will|could)\s+(?:it|i|that|they|you|he|she)\s+(?:just\s+)?(?:go to sleep|fall asleep|not wake up|never wake up|die|be painless|stop)`,
      String.raw`\b(?:not wake up|never wake up|go to sleep forever|be dead|die)\b\W+(?:\S+\s+){0,3}?(?:that(?:\'s| is) (?:what|all) i(?:\'d| would)? (?:like|want))`,
      String.raw`\bsuicid\w*`,
      String.raw`\bkill(?:ing)? myself\b`,
      String.raw`\b(?:kill|end|take)\w*\s+(?:\S+\s+){0,2}?(?:myself|my life|my own life)\b`,
      String.raw`\b(?:want|wish|wanna|rather|ready)\w*\s+(?:\S+\s+){0,3}?(?:to die|be dead|dead)\b`,
      String.raw`\b(?:end|ending|take|taking) (?:my (?:own )?life|it all)\b`,
      String.raw`\bend it\b(?! with)`,
      String.raw`\b(?:want(?:ed)?|wanting|wish) (?:to|i could|i was|i were) (?:die|be dead|not exist|disappear forever|not be here|not wake up|go to sleep forever)`,
      String.raw`\bbetter off (?:dead|without me|if i (?:was|were) gone)`,
      String.raw`\bdon't (?:really |even |actually )?want to (?:live|be alive|be here anymore|exist|wake up|go on)`,
      String.raw`\bno (?:reason|point) (?:to live|in living|in going on|to go on)`,
      String.raw`\b(?:don't|can't) see (?:the|any) point (?:anymore|in (?:living|anything|going on)|of (?:living|going on|anything(?: anymore)?|it all|life))`,
      String.raw`\bso (?:that )?i (?:don't|won't|never) wake up\b`,
      String.raw`\b(?:never|not) wake up (?:again|anymore)\b`,
      String.raw`\b(?:want|wanting|thinking about|thoughts? (?:of|about)|going to|urges? to|feel like|plan\w* to|tempted to)\s+(?:\w+ )?(?:hurt\w*|harm\w*|cut\w*|kill\w*|overdos\w*) myself\b`,
      String.raw`\b(?:cutting|burning|hurting|harming) myself\b`,
      String.raw`\bself[- ]?harm\w*`,
      String.raw`\bcan't go on\b`,
      String.raw`\bdone with (?:everything|life|it all|living)\b`,
      // Everything to end is a wish to die; one pain to end is only that, unless it is to end for good.
      String.raw`\bwant (?:it all|everything) to (?:stop|end|be over|be done)\b|\bwant (?:the pain|this|it) to (?:stop|end|be over) (?:for good|forever)\b`,
      // Asking how to die without pain, or how a method feels, is method seeking (NIMH 2024).
      String.raw`\b(?:painless|peaceful|pain-free|gentle)\b(?:\s+\S+){0,3}?\s+(?:way|ways|method|to) (?:to )?(?:go|die|do it|end it|bleed out|overdose|not wake up|kill myself)\b(?!\s+(?:to|about|from|into|for|with|back|home|through|shopping))`,
      String.raw`\b(?:quickest|easiest|surest|fastest|best) (?:way|method) (?:to (?:die|end (?:it|it all|my life|things)|kill myself|not wake up)|of (?:dying|ending it))\b`,
      String.raw`\bbleed\w* (?:out|to death)\b(?:\s+\S+){0,3}?\s+wrists?\b|\b(?:slit|slash|cut)\w* (?:my |your |the )?wrists?\b(?:\s+\S+){0,3}?\s+(?:die|bleed out|to death)`,
      String.raw`\bjust want it all to (?:stop|end)\b`,
      // Asking what a whole supply would do, how high or far is certain, or putting affairs in order "before I do it":
      // method seeking and plans, the NIMH (2024) warning signs, whatever question they are tucked into.
      String.raw`\b(?:took|take|swallowed|swallow|downed|down)\s+(?:all|the whole|every one of|the entire)\b(?:\s+\S+){0,5}?\s+(?:would|will|could|does)\s+(?:it|i|that|they)\s+(?:be painless|hurt|kill|be enough|be fatal|work|die|wake up)`,
      String.raw`\bhow (?:high|tall|far|deep|many|much)\b(?:\s+\S+){0,7}?\s+(?:to be (?:sure|certain)|to (?:die|not survive|make sure it works|be fatal|be lethal|kill (?:me|myself|you|someone))|(?:is|would be) (?:fatal|lethal|deadly))\b`,
      String.raw`\b(?:after|once|when) i(?:'m| am)? (?:die|dead|gone)\b(?:\s+\S+){0,14}?\s+before i (?:do it|go through with it|end it|go)\b`,
      String.raw`\bnobody (?:would|will|'d) (?:even )?(?:notice|miss me|care)\b(?:\s+\S+){0,3}?(?:if i|anyway|when i)`,
      String.raw`\b(?:scars?|cuts?|marks)\b\s+on\s+${POSS}\s+wrists?\b(?:\s+\S+){0,10}?\s+(?:fresh|new|still bleeding|pretty deep|really deep|very deep|deep)\b`,
      String.raw`\btired of (?:living|life|being alive|it all|everything)\b`,
      String.raw`\b(?:thinking (?:of|about)|want to|going to|gonna|ready to)\s+ending it(?: all)?\b(?! with)`,
      String.raw`\b(?:planning|plan|going|want|wanting|thinking about|about) to (?:take|swallow|down) (?:the |a |my )?(?:whole|entire|all (?:of )?(?:my|the)) (?:bottle|pack|box|pills|meds|tablets)`,
      String.raw`\b(?:easier|better) (?:for everyone )?if i (?:was|were|wasn't|weren't) (?:dead|gone|not here|not around|here|around)\b`,
      String.raw`\b(?:how many|how much)\b(?:\s+\S+){0,6}\s+(?:to (?:die|not wake up|be fatal|kill (?:me|myself|someone))|would be (?:fatal|lethal|deadly))`,
      String.raw`\b(?:fatal|lethal|deadly) (?:dose|amount)\b`,
      String.raw`\bmost (?:dangerous|deadly|lethal) to take\b`,
      String.raw`\bbefore it(?:'s| is| would be) (?:fatal|lethal|deadly)\b`,
    ),
  },
  {
    id: 'harm_others',
    patterns: P(
      String.raw`\b(?:they|voices?|something|someone|it)\s+(?:keep\w*\s+|kept\s+|are\s+|is\s+|have been\s+|has been\s+)?(?:tell\w*|say\w*|order\w*|command\w*|whisper\w*)\s+(?:me\s+)?to (?:hurt|kill|harm|attack|stab|strangle|smother) (?!myself|me\b)`,
      String.raw`\bvoices?\b(?:\s+\S+){0,8}?\s+(?:tell\w*|say\w*|order\w*|want\w*)\s+(?:me )?to (?:hurt|kill|harm|attack|stab) (?:someone|somebody|him|her|them|people|my \w+|\w+)\b`,String.raw`\b(?:want|going|plan\w*|thinking about|urges?|feel like) (?:to )?(?:hurt|kill|harm|shake) (?:someone|somebody|him|her|them|people|my (?:wife|husband|boss|baby|child|kids?|partner|son|daughter))\b|\bhear(?:ing)? voices (?:telling|that tell)`),
  },
  {
    id: 'low_mood',
    patterns: P(String.raw`\b(?:depress\w*|feeling (?:down|low|hopeless|sad|empty|numb inside)|hopeless\w*|worthless|lonely|no motivation|can't enjoy|lost interest|crying all the time)\b`),
  },
  { id: 'anxiety', patterns: P(String.raw`\b(?:anxi\w*|panic attacks?|nervous|stressed out|worry a lot)\b`) },
  // Poisoning and overdose
  {
    id: 'overdose',
    patterns: P(
      String.raw`\boverdos\w*`,
      String.raw`\btook (?:too many|too much|a whole|the whole|an entire|a bunch of|a handful of|all (?:of )?${POSS}|(?:about |around |like |over )?(?:\d{2,}|twenty|thirty|forty|fifty|a hundred))\b(?:\s+\S+){0,4}?\s*(?:pills?|tablets?|meds|medications?|medicines?|capsules|tylenol|acetaminophen|paracetamol|ibuprofen|advil|aspirin|sleeping pills|insulin|bottle)`,
      String.raw`\b(?:swallowed|ate|drank|taken|ingested)\b(?:\s+\S+){0,4}?\s+(?:whole|entire) bottle\b`,
      String.raw`\b(?:swallowed|took|taken|ate)\s+(?:a bunch|a handful|handfuls|lots|a lot|all)\b(?:\s+\S+){0,5}?\s+(?:pills?|tablets?|capsules|meds|medicines?)\b`,
      String.raw`\btoo (?:many|much) (?:of )?(?:${POSS} )?(?:pills?|tablets?|meds|medicine|insulin|tylenol|acetaminophen)`,
      String.raw`\b(?:took|taken|swallowed|ate)\s+(?:\S+\s+){0,6}?(?:\d{2,}|twenty|thirty|forty|fifty|dozens?|handful|bunch|whole|entire|all)\s+(?:\S+\s+){0,3}?(?:pills?|tablets?|capsules|bottle)\b`,
      String.raw`\b(?:\d{2,}|twenty|thirty|forty|fifty) (?:of )?(?:${POSS} )?(?:sleeping pills|pills|tablets)`,
    ),
    // Glucose or dextrose tablets and gels are how a low sugar is treated, counted in grams, not an overdose.
    exclude: /\b(?:glucose|dextrose|sugar) (?:tabs?|tablets?|gels?)\b|\b\d+ ?g(?:rams?)? of (?:glucose|dextrose|sugar|carbs?)\b/,
  },
  {
    id: 'poisoning',
    patterns: P(
      String.raw`\b(?:bit|bit into|bitten into|swallowed|ate|chewed|sucked on|got into|licked|burst)\b(?:\s+\S+){0,3}?\s+(?:laundry|detergent|dishwasher|washing|liquid) (?:detergent )?(?:pods?|capsules?|tablets?|packets?)\b`,
      String.raw`\b(?:drank|drunk|swallowed|ate|eaten|ingested|got into|chewed|licked|sucked on|sipped|inhaled|sprayed)\b(?:\s+\S+){0,5}?\s+(?:bleach|drain cleaner|oven cleaner|toilet cleaner|cleaner|cleaning (?:fluid|product)|detergent|laundry pods?|tide pods?|dishwasher (?:pods?|tablets?)|(?:\w+ )?fluid|ammonia|sanitizer|perfume|cologne|paint|antifreeze|gasoline|petrol|kerosene|lamp oil|lighter fluid|pesticide|insecticide|weed killer|rat poison|poison|button batter\w*|batter(?:y|ies)|magnets?|nicotine|vape (?:liquid|juice)|e-liquid|windshield fluid|lye|chemicals?|paint thinner|nail polish remover)`,
      String.raw`\b(?:toddler|baby|kid|child|son|daughter|boy|girl|he|she)\b(?:\s+\S+){0,4}?\s+(?:ate|swallowed|got into|chewed|drank|took|found and ate)\b(?:\s+\S+){0,7}?\s*(?:pills?|medicine|medication|tablets?|vitamins|iron|gummies|berries|mushrooms?|plant|cigarettes?|edibles?|marijuana|cannabis|alcohol)`,
      String.raw`\b(?:carbon monoxide|co alarm|co detector|poison(?:ed|ing)?|fumes)\b`,
      String.raw`\b(?:bleach|chemical|cleaner) (?:splash\w*|got) in ${POSS} (?:eyes?|mouth)`,
    ),
    exclude: /\bfood poison\w*|\bpoison ivy\b|\bpoison oak\b|\bpoison sumac\b/,
  },
  {
    id: 'extra_dose',
    patterns: P(
      String.raw`\b(?:took|taken|take|gave|swallowed)\b(?:\s+\S+){0,5}?\s+(?:twice|two times|double|two doses|an extra (?:dose|pill)|a second dose)\b`,
      String.raw`\bforgot (?:i'd|i had|i'd already|i had already|that i'd|that i had|he'd|she'd) (?:already )?(?:had|taken|took|given)\b`,
      String.raw`\bdouble(?:d)? dos\w*`,
      String.raw`\bby (?:mistake|accident)\b(?:\s+\S+){0,6}?\s+(?:took|pills?|dose|medicine)`,
      String.raw`\b(?:took|gave)\b(?:\s+\S+){0,6}\s+by (?:mistake|accident)`,
    ),
  },
  // Bleeding
  {
    id: 'vomit_blood',
    patterns: P(String.raw`\b(?:vomit\w*|throw(?:ing)? up|threw up|puk\w*|being sick)\b(?:\s+\S+){0,6}?\s+(?:blood|bloody)\b|\bhematemesis\b|\bcoffee[- ]grounds?\b|\bblood in (?:${POSS} )?vomit\b`),
  },
  {
    id: 'melena',
    patterns: P(String.raw`\b(?:black|tarry|tar-like|tar like|maroon)\b(?:\s+\w+){0,2}?\s+(?:stools?|poop|bowel movements?|bm|diarrh\w*)|\b(?:stools?|poop|bowel movements?)\b(?:\s+\w+){0,2}?\s+(?:black|tarry|like tar)\b|\bmelena\b`),
    exclude: /\b(?:iron|pepto|bismuth|blueberr\w*|licorice)\b/,
  },
  {
    id: 'rectal_bleeding',
    patterns: P(String.raw`\b(?:blood (?:on|in) (?:the |${POSS} )?(?:toilet paper|tissue|wipe|toilet|stools?|poop|bowel movements?)|streaks? of blood|spots? of blood|bright red blood|bloody (?:stools?|poop)|rectal bleeding|(?:bleeding|blood)(?: (?:is |was )?(?:coming|pouring|gushing|running))? (?:from|out of) ${POSS} (?:rectum|bottom|butt|back passage|anus|behind)|blood when i wipe)\b`),
  },
  {
    id: 'heavy_rectal_bleeding',
    patterns: P(String.raw`\b(?:(?:lots|a lot|loads|large amounts?|cups?|clots) of (?:bright |dark )?(?:red )?blood\b(?:\s+\S+){0,6}\s+(?:toilet|stools?|poop|rectum|bottom|bowel|back passage)|toilet (?:bowl )?(?:is |was )?(?:full of|filled with|covered in) (?:blood|red|it)|(?:bleeding|blood) from ${POSS} (?:rectum|bottom|butt)\b(?:\s+\S+){0,6}\s+(?:won't stop|a lot|heavy|clots))`),
  },
  {
    id: 'bloody_diarrhea',
    patterns: P(String.raw`\bbloody (?:diarrh\w*|stools?|poop)|\bdiarrh\w*\b(?:\s+\S+){0,5}\s+(?:blood|bloody)\b|\bblood\b(?:\s+\S+){0,3}\s+diarrh\w*`),
  },
  {
    id: 'uncontrolled_bleeding',
    patterns: P(
      String.raw`\b(?:bleed\w*|blood)\b(?:\s+\S+){0,4}?\s+(?:won't stop|will not stop|not stopping|doesn't stop|hasn't stopped|keeps? (?:coming|bleeding|going|pouring)|spurt\w*|squirt\w*|pouring|gushing|everywhere)`,
      String.raw`\bcan't (?:stop|get) (?:the |it to stop )?(?:bleed\w*|blood)`,
      String.raw`\b(?:won't|doesn't|hasn't|isn't going to) stop(?:ped)? bleeding\b`,
      String.raw`\b(?:spurting|gushing|pulsing|pumping|squirting|spraying) (?:out )?(?:blood|out)\b`,
      String.raw`\bdeep (?:cut|wound|gash|laceration|stab)\b`,
      String.raw`\b(?:cut|gash|wound)\b(?:\s+\S+){0,4}?\s+(?:deep|gaping|won't close|to the bone|(?:see|seeing) (?:the )?(?:bone|fat))`,
      String.raw`\b(?:severed|amputat\w*|cut off ${POSS} finger)\b`,
    ),
  },
  {
    id: 'bleeding_any',
    patterns: P(String.raw`\b(?:bleed\w*|blood(?:y)? (?:in|from|on)|nosebleeds?|bruis\w* (?:easily|everywhere|all over)|spotting|blood (?:is )?(?:coming|pouring|gushing|running|dripping|trickling) (?:out|down)|bright red blood|(?:lot|lots|loads) of blood(?! tests?| work| pressure| sugars?| results?| donors?| counts?))\b`),
  },
  // Bleeding that goes on for ten minutes or more (NHS 2023); with pressure applied or on a blood thinner it needs care now.
  {
    id: 'bleeding_long',
    patterns: P(
      String.raw`\b(?:bleed\w*|nose ?bleeds?|pouring|gushing|dripping|oozing|blood)\b(?:\s+\S+){0,6}?\s+(?:for|after|over|more than|longer than|nearly|almost|going on)\s+(?:(?:about|over|nearly|almost|at least|a good) )?(?:1[0-9]|[2-9][0-9]|[1-9][0-9]{2}|ten|fifteen|twenty|thirty|forty|fifty|an|half an|one|two|three) ?(?:minutes|mins|hours?)\b`,
      String.raw`\b(?:(?:1[0-9]|[2-9][0-9]|ten|fifteen|twenty|thirty|forty)\s?(?:minutes|mins)|an hour|half an hour)\b(?:\s+\S+){0,4}?\s+(?:and (?:it's |it is )?still|still) (?:bleed\w*|pouring|going|coming)`,    ),
    // "stopped after 10 minutes of pinching" is over, not bleeding that goes on.
    exclude: /\b(?:stopped|stops|stopping|settled|eased|dried up) (?:\w+ )?(?:after|within|in|by) (?:about |around |roughly )?(?:\d+|ten|fifteen|twenty|a few|five) ?(?:minutes|mins)\b/,
  },
  { id: 'pressure_applied', patterns: P(String.raw`\b(?:press\w*|pressure|pinch\w*|squeez\w*|holding (?:a |the )?(?:cloth|towel|tissue|flannel))\b`), exclude: /\bblood pressure\b/ },
  { id: 'blood_swallowed', patterns: P(String.raw`\bblood\b(?:\s+\S+){0,3}?\s+(?:down|into) ${POSS} throat\b|\bswallow\w* (?:a lot of |lots of )?blood\b`) },
  {
    id: 'wound_needs_closure',
    patterns: P(String.raw`\b(?:cut|gash|wound|laceration|split)\b(?:\s+\S+){0,3}?\s+(?:gapes?|gaping|splits? open|(?:is |are )?(?:wide )?open|won't close|won't stay closed|needs? (?:stitches|glue|closing))\b|\b(?:gaping|open) (?:cut|wound|gash)\b|\b(?:it|cut|gash|wound|skin|edges)\s+(?:gapes?|gaping|(?:is |are )?pulled apart)\b|\bedges (?:won't|don't|do not|will not) (?:stay|come|go|line up) (?:together|closed)\b`),
  },
  {
    id: 'hot_swollen_joint',
    patterns: P(
      String.raw`\b(?:knee|ankle|toe|joint|wrist|elbow|finger|knuckle)s?\b(?:\s+(?!not\b|isn't\b|no\b)\S+){0,3}?\s+(?:is |are |went |gone )?red,? (?:and )?(?:very |really )?hot\b|\b(?:toe|joint)\b(?:\s+\S+){0,8}?\s+(?:the )?(?:bed ?sheets?|sheet|duvet|blanket) (?:hurts|touching it hurts|is agony)`,
      String.raw`\b(?:knee|ankle|toe|joint|wrist|elbow|hip|shoulder|finger|knuckle)s?\b(?:\s+\S+){0,4}?\s+(?:(?:red|hot|warm|inflamed),? (?:(?:red|hot|warm),? )?(?:and )?swollen|swollen,? (?:and )?(?:red|hot|warm))\b`,
      String.raw`\b(?:red|hot|warm),? (?:and )?swollen (?:\w+ )?(?:knee|ankle|toe|joint|wrist|elbow)\b`,
      String.raw`\b(?:knee|ankle|toe|joint|wrist|elbow|hip|shoulder|finger|knuckle)s?\b(?:\s+(?!not\b|isn't\b|no\b|never\b)\S+){0,3}?\s+(?:is |are |went |gone |looks? )?(?:red|hot|warm)\b(?:\s+(?!not\b|or\b|nor\b)\S+){0,6}?\s+(?:swollen|swelling|puffed up)\b`,
    ),
  },
  {
    id: 'malaria_travel',
    patterns: P(
      String.raw`\b(?:back|returned|home|came back|got back|travel\w*|trip|holiday|visiting family)\b(?:\s+\S+){0,3}?\s+(?:from|to|in)\s+(?:\w+\s+)?(?:africa|nigeria|ghana|kenya|uganda|tanzania|malawi|zambia|mozambique|cameroon|congo|sierra leone|liberia|guinea|mali|senegal|ethiopia|sudan|gambia|burkina faso|ivory coast|madagascar|india|pakistan|bangladesh|papua new guinea|solomon islands|the tropics|a malaria (?:area|zone|region|country)|sub-saharan)\b`,
    ),
  },
  {
    id: 'sudden_hearing_loss',
    patterns: P(
      String.raw`\b(?:woke up|suddenly|sudden|overnight|this morning|since (?:this morning|yesterday))\b(?:\s+\S+){0,8}?\s+(?:can(?:'t| hardly| barely) hear|(?:gone |went )?deaf|lost (?:the |my )?hearing|hearing (?:has )?(?:gone|went)|muffled)\b`,
      String.raw`\bsudden(?:ly)? (?:hearing loss|lost (?:my |the )?hearing|deaf\w*)\b`,
    ),
  },
  // Skin gone grey or ashen: with arm pain and sweating, a heart attack without chest pain (AHA 2024).
  { id: 'pallor', patterns: P(String.raw`\b(?:gone|turned|going|goes|looks?|looking|is|very|really) (?:a )?(?:very |really |all )?(?:grey|gray|greyish|grayish|ashen|deathly pale|white as a sheet)(?: colou?r)?\b|\bashen\b|\bpallor\b`) },
  // Fuel burnt in a closed space (CDC 2024, carbon monoxide poisoning).
  {
    id: 'co_exposure',
    patterns: P(
      String.raw`\b(?:all|both|everyone|every one|each) (?:\d+ |two |three |four |five )?(?:of us|in the house|in the family|of the family)\b(?:\s+\S+){0,6}?\s+(?:headaches?|dizzy|sick|nause\w*|sleepy|drowsy)\b`,
      String.raw`\b(?:furnace|boiler|heater|generator|gas fire)\b(?:\s+\S+){0,4}?\s+(?:kicked on|came on|turned on|switched on|started up)\b(?:\s+\S+){0,4}?\s+(?:for the first time|first time)\b`,
      String.raw`\b(?:generator|charcoal|barbecue|bbq|camping stove|(?:gas|paraffin|kerosene|patio) heater|engine|car|boiler|wood burner|log burner)\b(?:\s+\S+){0,6}?\s+(?:in|inside|indoors in) (?:the |a |our |my )?(?:garage|house|tent|caravan|shed|basement|cellar|room|kitchen|flat|cabin|camper)\b`,
      // A fuel-burning appliance that is faulty (CDC 2024: have heating and gas appliances serviced; a yellow flame or soot warns of CO).
      String.raw`\b(?:boiler|furnace|gas (?:fire|heater|stove|cooker|appliance)|water heater|heater|stove|generator|wood ?burner|log burner|fireplace|chimney|flue)\b(?:\s+\S+){0,5}?\s+(?:making (?:\w+ )?(?:odd|strange|funny|weird|banging|loud|clunking) (?:noises?|sounds?)|playing up|acting up|faulty|broken|broke|not working (?:right|properly)|burning (?:yellow|orange)|(?:yellow|orange) flames?|soot\w*|leaking|been serviced)\b`,
      String.raw`\b(?:boiler|furnace|gas fire|heater|stove|cooker)'s been (?:making (?:\w+ )?(?:odd|strange|funny|weird|banging|loud) (?:noises?|sounds?)|playing up|acting up)\b`,
      String.raw`\bcarbon monoxide\b|\b(?:co|carbon monoxide) (?:alarm|detector)\b|\bfumes? (?:from|in) (?:the )?(?:generator|boiler|heater|garage|engine|exhaust)\b`,
    ),
  },
  // Shivering with a fever: rigors (NICE NG51 2024 lists rigors among the signs to ask about in suspected sepsis).
  { id: 'shivering', patterns: P(String.raw`\b(?:shiver\w*|shivery|shaking chills|rigou?rs|the shakes|teeth (?:are )?chattering)\b`) },
  { id: 'asplenia', timed: true, patterns: P(String.raw`\b(?:spleen (?:was |has been |had been )?(?:removed|taken out)|(?:removed|took out) ${POSS} spleen|(?:no|without a|don't have a) spleen|splenectomy|asplen\w*)\b`) },
  // Several people in one home, or a pet, unwell at the same time: CDC (2024) lists this as the pattern of CO poisoning.
  {
    id: 'household_ill',
    patterns: P(
      String.raw`\b(?:everyone|everybody|all of us|the whole (?:family|household|house)|all the family|we all|we've all|we both|both of us|the (?:kids|children) and (?:i|me|my \w+))\b(?:\s+\S+){0,5}?\s+(?:has|have|got|feel\w*|is|are|been|keep)\b(?:\s+\S+){0,3}?\s*(?:headaches?|dizzy|sick|nause\w*|drowsy|sleepy|sluggish|woozy|light-?headed)`,
      String.raw`\b(?:even )?(?:the |our |my )(?:dog|cat|pets?|puppy|kitten|budgie|bird|parrot)\b\s+(?:is |are |seems? |looks? |has been |was )?(?:also |too |even )?(?:sluggish|lethargic|drowsy|sleepy|unwell|sick|wobbly|poorly|off|not (?:right|himself|herself))\b`,
    ),
  },
  { id: 'nosebleed', patterns: P(String.raw`\b(?:nose ?bleeds?|nose (?:is |keeps )?bleeding|bleeding from ${POSS} nose|bloody nose)\b|\bnose\b(?:\s+\S+){0,4}?\s+(?:and )?(?:it )?(?:started|began) (?:to )?bleed\w*`) },
  {
    id: 'heavy_qualifier',
    patterns: P(
      String.raw`\b(?:heav(?:y|ily)|soak\w*|(?:a |one )?(?:pad|tampon) (?:every|an|each) hour|clots?|gush\w*|a lot of blood|lots of blood|loads of blood|pouring|won't stop)\b`,
      String.raw`\b(?:fill\w*|soak\w*|through) (?:a |one |my |the )?(?:maxi |sanitary |night )?(?:pads?|towels?|tampons?) (?:in )?(?:under |less than |within )?(?:an|one|1|half an) hour\b`,
      String.raw`\b(?:clots?|lumps?) (?:the size of|bigger than|as big as|like) (?:a |an )?(?:plum|golf ball|egg|lemon|fist|orange|walnut|grape)s?\b`,
    ),
  },
  {
    id: 'vaginal_bleeding',
    patterns: P(String.raw`\b(?:soak\w* (?:through )?(?:a |my |one )?(?:maxi |sanitary |night )?(?:pads?|tampons?|towels?)|(?:pad|tampon) (?:every|an|each) hour|passing (?:big |large )?clots|vaginal(?:ly)? bleed\w*|spotting|bleed\w* (?:down there|from ${POSS} vagina)|bleeding heavily|i'm bleeding|i am bleeding|started bleeding)\b`),
  },
  // Belly, urinary, genital
  {
    id: 'abdominal_pain',
    patterns: P(
      String.raw`\b(?:abdom\w*|belly|stomach|tummy|gut|pelvic|pelvis|epigastr\w*|lower right|right lower|lower left|upper right)\s+(?:\w+\s+)?(?:pain|pains|ache|aches|cramp\w*|hurts|hurting|is killing|tender\w*)`,
      String.raw`\b(?:pain|pains|ache|cramp\w*|tenderness)\s+(?:\w+\s+)?(?:in|on)\s+(?:${POSS}\s+)?(?:lower |upper |right |left )*(?:abdom\w*|belly|stomach|tummy|side|groin|pelvis)`,
      String.raw`\b(?:stomach ?ache|bellyache|tummy ?ache)\b`,
      String.raw`\b(?:sharp |stabbing |bad |severe )?pains? (?:on|in) (?:one|${POSS} (?:left|right)|the (?:left|right)) side\b`,
    ),
  },
  {
    id: 'flank_pain',
    patterns: P(String.raw`\b(?:flank|kidneys?)\s+(?:pain|hurts?|ache|aches|aching)|\b(?:pain|ache)\s+in\s+(?:${POSS}\s+)?(?:lower back|flank|side)\b(?:\s+\S+){0,2}\s*(?:on one side|right side|left side)?|\b(?:lower back|side)\b(?:\s+\w+){0,2}\s+on one side\b|\bone side of ${POSS} (?:lower )?back\b|\bpain in ${POSS} (?:left|right) (?:side|flank)`),
  },
  {
    id: 'severe',
    patterns: P(String.raw`\b(?:severe\w*|excruciat\w*|unbearable|worst|agon\w*|terribl[ey]|horribl[ey]|(?:10|9) ?(?:/|out of) ?10|writh\w*|doubled (?:over|up)|can't (?:stand|bear) (?:it|the pain)|really bad|so bad|intense|extreme\w*|crippling|(?<!\b(?:revision|work|job|exams?|homework|boss|traffic|heat|commute|studying|deadlines?|school|week|shifts?|waiting|suspense|stress|kids|noise|bills?|laughing|laughter)(?:'s| is| are| was)? )killing me|screaming (?:in|with) pain|blinding|horrendous)\b`),
  },
  {
    id: 'sudden',
    patterns: P(String.raw`\b(?:sudden\w*|out of nowhere|all of a sudden|came on (?:fast|quickly|suddenly|all at once)|abrupt\w*|started (?:\w+ )?(?:minutes|an hour|half an hour|\d+ minutes|\d+ min) ago|just started|instantly|thunderclap|within (?:seconds|minutes)|in (?:a|one) (?:split )?(?:second|heartbeat|flash|instant)|(?:from )?(?:zero|0|nothing) to (?:10|ten|100|max\w*)|(?:came on |started )?like a (?:bang|thunderclap|gunshot|switch))\b`),
  },
  // Appendicitis as lay people notice it (NHS 2023): pain that began around the belly button and moved
  // to the lower right, or lower-right pain jolted by walking, coughing or bumps.
  {
    id: 'appendicitis_pattern',
    patterns: P(
      String.raw`\b(?:belly ?button|navel|middle of ${POSS} (?:belly|stomach|tummy))\b(?:\s+\S+){0,8}?\s+(?:moved|moving|spread|shifted|went|gone|travel\w*|now)\b(?:\s+\S+){0,4}?\s+(?:lower right|right lower|bottom right|right side|right hand side)\b`,
      String.raw`\b(?:lower right|right lower|bottom right)\b(?:\s+\S+){0,8}?\s+(?:worse|hurts?|jolt\w*|agony)\b(?:\s+\S+){0,4}?\s+(?:when|if) (?:i |he |she |they )?(?:walk\w*|cough\w*|move|jump\w*|the car|go over|hit (?:a )?bumps?|bump)`,
    ),
  },
  // Bleeding that soaks through pads hour after hour: the measure ACOG and the CDC give for heavy bleeding.
  {
    id: 'pad_soaking',
    patterns: P(
      String.raw`\b(?:soak\w*|fill\w*|bleed\w* through|going through|changing)\b(?:\s+\S+){0,3}?\s+(?:a |one |two |2 |\d+ )?(?:thick |maxi |full |night |overnight )?(?:pads?|sanitary towels?|towels?|tampons?|maxi ?pads?)\b(?:\s+\S+){0,2}?\s+(?:an|every|each|per|in (?:an|under an|less than an)|within (?:an|the))\s+(?:half |1 |one )?(?:hour|hr|half hour|30 min\w*|45 min\w*)\b`,
      String.raw`\b(?:pads?|tampons?)\b(?:\s+\S+){0,3}?\s+(?:soaked|full) (?:through )?(?:in|within|every) (?:less than |under )?(?:an|one|half an|30 min\w*) ?(?:hour|hr)?\b`,
    ),
  },
  // A tooth infection: pus or an abscess at a tooth or gum, or the face swelling over it (NHS, dental abscess 2023).
  {
    id: 'dental_infection',
    patterns: P(
      String.raw`\b(?:tooth|teeth|gum|gums|molar|wisdom tooth)\b(?:\s+\S+){0,8}?\s+(?:abscess\w*|pus|swollen|swelling|boil|bump that|puffy)\b|\b(?:dental|tooth|gum) abscess\b|\b(?:abscess|pus|boil|bump)\b(?:\s+\S+){0,3}?\s+(?:on|in|by|near) (?:${POSS} )?(?:gum|tooth|teeth)\b`,
    ),
  },
  // Headache relief that no longer comes: the usual medicine not working, or a migraine of three days or more (AMF 2023).
  { id: 'usual_treatment_failing', patterns: P(String.raw`\b(?:usual|normal|regular|my) (?:\w+ )?(?:triptan|meds?|medicine|medication|painkillers?|pills|tablets|sumatriptan|rescue)\b(?:\s+\S+){0,3}?\s+(?:isn't|is not|aren't|are not|hasn't|haven't|didn't|did not|not|won't) (?:\w+ )?(?:touch\w*|work\w*|help\w*|doing anything|shift\w*)`) },
  // Cold injury beyond numbness: white or waxy skin that blisters once warmed (CDC, Frostbite 2024).
  { id: 'frostbite', patterns: P(String.raw`\bfrostbit\w*|\b(?:fingers?|fingertips?|toes?|ears?|nose)\b(?:\s+\S+){0,4}?\s+(?:went|turned|are|were|is|was) (?:white|waxy|grey|gray|hard)\b(?:\s+\S+){0,12}?\s+(?:blisters?|blistered|black)\b`) },
  // One-sided throat swelling: a quinsy (peritonsillar abscess, NHS 2023): trouble opening the mouth, a muffled voice.
  { id: 'quinsy_sign', patterns: P(String.raw`\b(?:can(?:'t|not)|can barely|hard to|struggl\w* to) open (?:${POSS} )?mouth\b|\bmuffled voice\b|\bvoice (?:sounds? )?muffled\b|\bhot potato voice\b|\bquinsy\b|\bperitonsillar\b`) },
  // An INR result from the record or a letter: above the range a warfarin clinic acts on the same day.
  { id: 'high_inr', patterns: P(String.raw`\binr\b(?:\s+\S+){0,4}?\s+(?:was |is |of |at |came back )?(?:[5-9](?:\.\d)?|1\d(?:\.\d)?)\b|\binr\b(?:\s+\S+){0,3}?\s+(?:very |really |too |way )?high\b`) },
  // A chest infection that comes back after getting better: a possible pneumonia on top of a cold or flu (NHS 2023).
  { id: 'relapse_after_improving', patterns: P(String.raw`\b(?:was|were|had been|seemed to be) (?:getting|feeling) better\b(?:\s+\S+){0,6}?\s+(?:then|but|and now|now)\b|\b(?:fever|temperature|temp)\b(?:\s+\S+){0,2}?\s+came back\b`) },
  // Coloured or more phlegm and more breathless than usual with COPD: an exacerbation (GOLD 2024).
  { id: 'copd_flare', patterns: P(String.raw`\b(?:copd|emphysema|chronic bronchitis)\b(?:\s+\S+){0,4}?\s+(?:is )?(?:playing up|flar\w*|worse|acting up|bad)\b|\b(?:phlegm|sputum|mucus)\b(?:\s+\S+){0,5}?\s+(?:green|yellow|brown|more of it|thicker)\b`) },
  // Lower belly pain with discharge after sex with a new partner: possible pelvic inflammatory disease (CDC STI guidelines 2021).
  { id: 'sti_risk', patterns: P(String.raw`\b(?:unprotected|without a condom|condom (?:broke|split)|new (?:sexual )?partner|hook ?up|one night stand)\b`) },
  { id: 'genital_discharge', patterns: P(String.raw`\b(?:green|yellow|grey|gray|smelly|unusual|thick|frothy) (?:\w+ )?discharge\b|\bdischarge\b(?:\s+\S+){0,3}?\s+(?:from (?:my|the) (?:penis|vagina)|down there)\b`) },
  // A concussion as athletes report it: a knock to the head with fogginess, headache or light hurting (CDC HEADS UP 2024).
  { id: 'concussion_symptom', patterns: P(String.raw`\b(?:foggy|fogginess|in a fog|dazed|not thinking (?:straight|clearly)|can't (?:focus|concentrate|think straight)|light (?:is |hurts|bothers)\w*|sensitive to (?:light|noise)|seeing stars)\b`) },
  // Restricting food with the body paying for it (NICE NG69 2017): periods stopping, faint on standing, weight falling fast.
  { id: 'restrictive_eating', patterns: P(String.raw`\b(?:not eating|barely eating|hardly eating|skipping (?:all )?meals|starv\w*|restrict\w* (?:my )?(?:food|eating|calories)|purg\w*|making myself (?:sick|throw up)|anorexi\w*|bulimi\w*|eating disorder)\b`) },
  { id: 'period_stopped', patterns: P(String.raw`\b(?:period|periods)\b(?:\s+\S+){0,2}?\s+(?:stopped|have stopped|has stopped|went away|disappeared)\b|\bno period (?:for|in) (?:\d+|two|three|four|five|six) months\b`) },
  // A change in behaviour in someone with dementia: delirium, often from an infection (NICE CG103 2023).
  { id: 'behaviour_change', patterns: P(String.raw`\b(?:more|very|really|unusually) (?:agitated|confused|muddled|restless|drowsy|sleepy)\b|\bnot (?:him|her|them)sel(?:f|ves)\b|\bbehaviou?r (?:has )?changed\b|\b(?:seeing things|hallucinat\w*)\b`) },
  { id: 'mouth_ulcers_eating', patterns: P(String.raw`\b(?:ulcers?|sores?|blisters?)\b(?:\s+\S+){0,3}?\s+(?:in|inside) (?:${POSS} )?mouth\b(?:\s+\S+){0,10}?\s+(?:hard|difficult|can't|cannot|struggl\w*|painful) (?:to )?(?:eat|drink|swallow)`) },
  // Home or pharmacy treatment tried without success: the point at which self-care guidance sends people to their clinician.
  { id: 'self_care_failed', patterns: P(String.raw`\b(?:tried|used|been using|been taking)\b(?:\s+\S+){0,8}?\s+(?:nothing (?:works|worked|helps|helped)|(?:it |they )?(?:didn't|did not|doesn't|haven't|hasn't) (?:work|help)\w*|no (?:luck|difference|improvement))\b|\bnothing (?:from the (?:drugstore|pharmacy|chemist) )?(?:works|worked|helps|has helped)\b`) },
  // Bites and stings whose venom needs antivenom or monitoring (CDC, Venomous Snakes 2024; Venomous Spiders 2024).
  { id: 'venomous_bite', patterns: P(String.raw`\b(?:rattle ?snake|copperhead|cottonmouth|water moccasin|coral snake|adder|viper|cobra|snake ?bite|bitten by a snake|snake (?:bit|bitten)|fang marks|black widow|brown recluse|funnel[- ]web|scorpion (?:sting|stung))\b`) },
  // Pills or other means set aside for later: a suicide warning sign in its own right (NIMH 2024).
  { id: 'means_stockpiled', patterns: P(String.raw`\b(?:saving|saved|stockpil\w*|putting aside|put aside|hoarding|hoarded|collecting|stash\w*|storing|building up) (?:up )?(?:all )?(?:${POSS} )?(?:\w+ )?(?:pills|tablets|meds|medications?|morphine|painkillers|sleeping pills|sleeping tablets|insulin|oxy\w*)\b`) },
  // Jaw pain: with a cold sweat and indigestion-like discomfort or weariness, a heart attack in women and people with diabetes (AHA 2024).
  { id: 'jaw_pain', patterns: P(String.raw`\bjaw\b(?:\s+\S+){0,2}?\s+(?:aches?|aching|pain|hurts?|hurting|tight\w*|sore)\b|\b(?:pain|ache|aching|tightness) in ${POSS} jaw\b`) },
  // A fall with a leg shortened and turned out, or no getting up: a broken hip (NICE CG124 2023).
  { id: 'hip_fracture_sign', patterns: P(String.raw`\bleg\b(?:\s+\S+){0,3}?\s+(?:looks?|is|seems?) (?:\w+ )?shorter\b|\b(?:foot|leg|toes) (?:is |are |was )?(?:turned|rolled|pointing|twisted) (?:out|outwards|outward|to the side)\b|\b(?:can't|cannot|can not|couldn't|unable to) (?:get (?:her|him|them)?\s*(?:up|off the floor)|stand up) (?:after|since) (?:the |a |her |his )?fall\b`) },
  // A limb suddenly cold, white and painful, then numb: its blood supply has stopped (ESVS acute limb ischaemia 2020).
  { id: 'cold_white_limb', patterns: P(String.raw`\b(?:foot|leg|hand|arm|toes|fingers)\b(?:\s+\S+){0,3}?\s+(?:went|turned|is|gone|has gone|became) (?:suddenly |very )?(?:cold|white|pale|blue)\b(?:,|\s+and|\s)+(?:\w+\s+)?(?:white|cold|pale|blue|numb|painful|very painful)\b`) },
  // A blow to the belly or ribs: the spleen or liver can bleed inside (ACS ATLS 2018), more so with mono.
  { id: 'abdominal_blow', patterns: P(String.raw`\b(?:knee|kick|elbow|hit|punch|blow|tackle\w*|handlebars?|fell|landed)\b(?:\s+\S+){0,2}?\s+(?:to|in|into|on|onto) (?:the |${POSS} )?(?:stomach|belly|tummy|abdomen|ribs|side|gut)\b`) },
  // Pills or powders taken recreationally: with a high temperature, drug-induced hyperthermia (NHS 2023).
  { id: 'recreational_drug', patterns: P(String.raw`\b(?:molly|mdma|ecstasy|\bmd\b|cocaine|coke|meth|speed|amphetamines?|pills? at (?:a |the )?(?:festival|party|rave|club|gig)|took (?:a |some |a couple(?: of)? )?pills? (?:at|from) (?:a |the )?(?:festival|party|rave|club|friend))\b`) },
  // Heart failure gaining fluid: 2 kg (or 2-3 lb a day, 5 lb a week) in days (AHA/HFSA 2022 self-care).
  { id: 'weight_gain_fast', patterns: P(String.raw`\b(?:up|gained|put on|gone up|increased)\b(?:\s+\S+){0,2}?\s+(?:by )?(?:\d+(?:\.\d)?|one|two|three|four|five|six) ?(?:kilos?|kgs?|lbs?|pounds)\b(?:\s+\S+){0,2}?\s+in (?:\d+|one|two|three|four|five|a few|a couple of|the last \w+) (?:days?|week)\b`) },
  // A catheter that has stopped draining (NHS 2023: contact the nurse or team the same day).
  { id: 'catheter_blocked', patterns: P(String.raw`\bcatheter\b(?:\s+\S+){0,6}?\s+(?:not draining|isn't draining|hasn't drained|has not drained|not drained|blocked|stopped draining|nothing (?:in|into) the bag|(?:bag )?(?:hasn't|has not) filled)\b|\b(?:catheter )?bag (?:hasn't|has not|isn't|is not) (?:filled|filling|draining)\b`) },
  // Breastfeeding with a red, hot or hard area of the breast: mastitis (NHS 2023; ABM Protocol 36, 2022).
  { id: 'mastitis_sign', patterns: P(String.raw`\b(?:breast|boob|nipple)s?\b(?:\s+\S+){0,5}?\s+(?:red|hot|hard|wedge|lump)\b(?:\s+\S+){0,4}?\s+(?:hot|hard|red|patch|area|sore|painful)?|\bmastitis\b`) },
  { id: 'breastfeeding', patterns: P(String.raw`\b(?:breast ?feed\w*|nursing|pumping)\b`) },
  // Objects children swallow that need an x-ray the same day (coins, magnets: NASPGHAN 2015); button batteries are emergencies elsewhere.
  { id: 'swallowed_object', patterns: P(String.raw`\b(?:swallowed|ate|has eaten|gulped down)\b(?:\s+\S+){0,2}?\s+(?:a |an |the |some )?(?:\S+ )?(?:coin|coins|penny|cent|marble|bead|lego|small toy|toy part|screw|nail|pin|earring|stone|pebble)\b`) },
  // Something flew into the eye while grinding or drilling: a metal fragment can stay embedded (AAO 2022).
  { id: 'eye_foreign_body', patterns: P(String.raw`\b(?:grinding|drilling|hammering|chiselling|chiseling|welding|sanding|cutting metal|angle grinder)\b(?:\s+\S+){0,12}?\s+(?:eye|eyes)\b|\b(?:something|a bit of \w+|metal|grit|a speck)\b(?:\s+\S+){0,2}?\s+(?:stuck|lodged|still) in (?:my|his|her|the) eye\b`) },
  { id: 'rigid_abdomen', patterns: P(
      String.raw`\b(?:belly|stomach|abdomen|tummy)\b (?:is |feels |gone |went |got )?(?:hard|rock hard|tight as a drum|rigid)\b(?:\s+\S+){0,8}?\s+(?:lying|lies|lays?) (?:really |very |completely |totally )?still\b`,
      String.raw`\b(?:lying|lies|lays?) (?:really |very |completely |totally )?still\b(?:\s+\S+){0,4}?\s+knees (?:up|bent|pulled up)\b`,String.raw`\b(?:belly|stomach|abdomen|tummy) (?:is |feels )?(?:rigid|hard as (?:a )?(?:board|rock)|board[- ]like|very hard|tense and hard|swollen and hard)\b`) },
  {
    id: 'testicle_pain',
    patterns: P(String.raw`\b(?:testic\w*|testes|balls?|scrot\w*)\b(?:\s+\S+){0,3}?\s+(?:pain|hurt\w*|ache|aching|swoll\w*|swell\w*|twist\w*)|\b(?:pain|hurts?|swelling|ache)\s+(?:\w+\s+)?(?:in|of)\s+(?:${POSS}\s+)?(?:\w+\s+)?(?:testic\w*|balls?|scrot\w*)`),
  },
  {
    id: 'uti_symptoms',
    patterns: P(String.raw`\b(?:(?:burn\w*|sting\w*|hurts?|pain\w*) (?:when|while|as) (?:i )?(?:pee|wee|urinat\w*)|(?:pee|peeing|wee|weeing|urination|urinating) (?:burns|hurts|is painful|stings)|painful urination|dysuria|peeing (?:a lot|all the time|more often|constantly)|uti|bladder infection|urinary tract infection|urge to (?:pee|urinate)|pain when (?:i )?(?:pee|urinate))\b`),
  },
  { id: 'vomiting', patterns: P(String.raw`\b(?:vomit\w*|throw(?:ing)? up|threw up|puk\w*|being sick)\b`) },
  { id: 'diarrhea', patterns: P(String.raw`\b(?:diarrh\w*|(?:loose|runny|watery) (?:stools?|bowels?|poos?|poops?|motions)|the runs|(?:dodgy|upset|funny) (?:tummy|stomach)|(?:tummy|stomach) bug|gastro(?:enteritis)?)\b`) },
  {
    id: 'dehydration',
    patterns: P(
      String.raw`\b(?:can't|cannot|unable to|not able to|couldn't) keep (?:even |any |a (?:drop|sip) of )?(?:anything|any (?:water|fluids?|liquids?|food)|water|fluids?|liquids?|food|drinks?|sips?)(?: of water)? down`,
      String.raw`\bvomit\w* (?:up )?(?:everything|every time)`,
      String.raw`\b(?:no|hasn't had a|not had a|haven't had a|no more) (?:wet (?:diapers?|nappy|nappies)|pee)\b`,
      String.raw`\b(?:fewer|less|not many|hardly any|very few) wet (?:diapers?|nappy|nappies)\b`,
      String.raw`\b(?:hasn't|haven't|hadn't|not) (?:peed|urinated)\b`,
      String.raw`\b(?:no tears|sunken (?:eyes|soft spot|fontanelle)|very dry mouth|dehydrat\w*)\b`,
    ),
  },
  { id: 'constipation', patterns: P(String.raw`\b(?:constipat\w*|hard stools?|can't poop|haven't pooped|bowels (?:have been |are |been )?(?:a bit |a little |rather )?(?:sluggish|slow|bunged up|blocked up)|(?:haven't|have not|not) been (?:regular|to the toilet|for a poo))\b`) },
  { id: 'heartburn', patterns: P(String.raw`\b(?:heartburn|acid reflux|reflux|indigestion|gerd|acid in ${POSS} throat)\b`) },
  {
    id: 'frequent_recurring',
    patterns: P(
      String.raw`\b(?:most (?:nights|days|evenings|mornings)|every (?:day|night|evening|morning)|daily|nightly|several times a week|(?:twice|2 times|two times|three times) a week|all the time|keeps? coming back|comes back|constantly|for (?:weeks|months))\b`,
      // "A few evenings a week for a couple of months": a frequency over a span of weeks or months.
      String.raw`\b(?:a few|a couple of|several|\d|two|three|four|five) (?:times|days|nights|evenings|mornings) a week\b|\bfor (?:a (?:couple|few) of|several|\d+|two|three|four|five|six) (?:weeks|months)\b`,
    ),
  },
  // Fever and infection
  {
    id: 'fever',
    patterns: P(String.raw`\b(?:fevers?|feverish|febrile|temperature|temp|burning up|chills|rigors|feels? (?:very |really )?hot|thermometer)\b`),
    exclude: /\btemperature (?:outside|in the room)|\broom temperature\b/,
  },
  {
    id: 'mottled_skin',
    patterns: P(String.raw`\b(?:mottl\w*|blotch\w*|(?:skin|lips|tongue|hands|feet) (?:is |are |looks? |turned |going )?(?:blue|gr[ae]y|pale blue|ashen)|pale and clammy)\b`),
  },
  {
    id: 'sepsis_feature',
    patterns: P(String.raw`\b(?:feel(?:s|ing)? like (?:i'm|i am|he's|she's|i'm going to|i might) (?:going to )?(?:die|dying)|extreme(?:ly)? shiver\w*|shaking (?:chills|uncontrollably)|shivering (?:non[- ]?stop|uncontrollably|violently)|can't stop shivering|rigors|haven't (?:peed|urinated) (?:all day|since|in)|severe muscle pain|sepsis|septic)\b`),
  },
  // Skin going dark around a wound or infection, and pain far worse than the wound looks: signs of a
  // deep (necrotising) infection that NICE NG51 (2024) and the CDC treat like mottled skin.
  {
    id: 'dusky_skin',
    patterns: P(
      String.raw`\b(?:skin|wound|cut|scrape|graze|area|it|redness|leg|arm|shin|foot|hand)\b(?:\s+(?:around|near|by|over)\s+(?:it|the \w+|${POSS} \w+))?\s+(?:is |are |looks? |turned |turning |going |gone |getting )?(?:dusky|purple|purplish|dark purple|black|blackish|grey|gray|bruised-looking)\b`,
      String.raw`\bpain\b(?:\s+\S+){0,3}?\s+(?:way |much |far |a lot )?(?:worse|more|bigger) than (?:it|the (?:\w+ )?(?:wound|cut|scrape|graze|bite|scratch|injury)) (?:looks|should be)\b`,
    ),
  },
  // Stopping heavy drinking, and what severe withdrawal adds (ASAM 2020): seeing or hearing things, fits, confusion.
  {
    id: 'alcohol_stopped',
    timed: true,
    patterns: P(
      String.raw`\b(?:stopped|quit|quitting|stopping|cut out|gave up|giving up|coming off|came off|off)\s+(?:the\s+)?(?:drinking|booze|alcohol|drink|vodka|whiske?y|beer)\b`,
      String.raw`\b(?:alcohol|booze|drink|drinking) withdrawal\b|\bwithdraw\w* from (?:alcohol|booze|drinking)\b|\bdetox\w* (?:from|off) (?:alcohol|booze|drinking)\b|\bdelirium tremens\b|\bthe dts\b`,
    ),
  },
  {
    id: 'hallucinations',
    patterns: P(
      String.raw`\bhallucinat\w*|\bseeing (?:things|bugs|insects|spiders|snakes|people|faces|shadows)\b(?! (?:differently|clearly))|\b(?:bugs|insects|spiders|ants|things) crawl\w*|\bhearing (?:things|voices|music) (?:that|which|nobody|no one)\b`,
    ),
  },
  // Nitroglycerin taken for chest discomfort that did not bring relief (AHA 2024: call 911 after 5 minutes).
  {
    id: 'nitro_no_relief',
    patterns: P(
      String.raw`\b(?:nitro\w*|gtn|glyceryl trinitrate|nitroglycerin\w*)\b(?:\s+\S+){0,8}?\s+(?:no better|not (?:any )?better|not helping|isn't helping|didn't help|did not help|hasn't helped|not working|didn't work|did not work|no relief|no difference|still (?:there|hurts|hurting|got it|have it|the same|going))\b`,
      String.raw`\b(?:no better|no relief|didn't help|still hurts)\b(?:\s+\S+){0,5}?\s+(?:after|with|despite) (?:\w+ )?(?:nitro\w*|gtn|spray|nitroglycerin)\b`,
    ),
  },
  // The same feeling as an earlier heart attack or angina: "same crushing pressure as back then".
  { id: 'same_as_before', patterns: P(String.raw`\b(?:same|just like|exactly like|like|similar to)\b(?:\s+\S+){0,4}?\s+(?:as )?(?:back then|last time|before (?:my|the) (?:stent|bypass|heart attack)|(?:my|the) (?:last |previous |first )?(?:heart attack|stent|angina|attack))\b`) },
  // An infection named as such: sepsis starts from an infection of any kind (CDC 2024).
  { id: 'infection', patterns: P(String.raw`\b(?:infection|infected|pneumonia|cellulitis|uti|pyelonephritis|flu|influenza|covid)\b`) },
  {
    id: 'non_blanching_rash',
    patterns: P(
      String.raw`\b(?:spots|dots|rash|marks|blotches)\b(?:\s+\S+){0,6}?\s+(?:stay put|stays put|stay|still there|still show|still visible|don.t go|doesn.t go)\b(?:\s+\S+){0,4}?\s+(?:when|under|through|with) (?:i |we )?(?:roll|press|push)\w* (?:a |the )?glass\b|\bglass test\b`,
      String.raw`\b(?:rash|spots|dots|blotches|marks)\b(?:\s+\S+){0,5}?\s+(?:don't|doesn't|do not|does not|won't|didn't|not)\s+(?:\w+\s+)?(?:fade|go away|disappear|blanch|turn white|go pale)`,
      String.raw`\b(?:non[- ]?blanch\w*|glass test|petechi\w*|purpur\w*)`,
      String.raw`\b(?:purple|dark red) (?:spots|rash|dots|blotches|marks)`,
      String.raw`\btiny (?:red|purple) (?:dots|spots)`,
    ),
  },
  { id: 'rash', patterns: P(String.raw`\b(?:rash\w*|spots|hives|blisters?|bumps|welts)\b`) },
  {
    id: 'skin_infection',
    patterns: P(
      String.raw`\b(?:red|hot|warm|swollen|tender|painful)\b(?:\s+\S+){0,4}?\s+(?:skin|patch|area|leg|arm|shin|foot|spot|lump)\b(?:\s+\S+){0,8}\s+(?:spread\w*|getting bigger|gotten bigger|growing|bigger)`,
      String.raw`\b(?:spreading|growing) (?:red\w*|rash|swelling|infection)`,
      // A wound, burn, bite or cut that has turned: pus, yellow or green ooze, redness spreading from the edges (NHS 2023).
      String.raw`\b(?:wound|burn|cut|bite|scrape|graze|blister|stitches|incision|scar|scratch|it)\b(?:\s+\S+){0,10}?\s+(?:oozing|weeping|leaking|discharg\w*)\s+(?:\w+\s+)?(?:yellow|green|pus|cloudy|smelly)|\b(?:redder|more red|red streaks?|streaks? of red)\b(?:\s+\S+){0,3}?\s+(?:around|from|at|along|spreading)\b|\b(?:pus|yellow gunk|green gunk) (?:coming )?(?:out of|from|in) (?:the |my |his |her )?(?:wound|cut|burn|bite|stitches|incision)\b`,
      String.raw`\b(?:red|hot|warm|swollen)\b(?:\s+\S+){0,4}?\s+(?:skin|patch|area|leg|arm|shin|foot|calf)\b[^.]{0,40}?\b(?:it is|it's|and) spreading\b`,
      String.raw`\b(?:red\w*|swelling|warm\w*|rash)\b(?:[\s,]+\S+){0,6}?[\s,]+(?:is spreading|spreading|getting bigger|growing|moving up)\b`,
      String.raw`\bred streaks?\b`,
      String.raw`\bcellulitis\b`,
      String.raw`\b(?:wound|cut|bite|incision|scrape|stitches)\b(?:\s+\S+){0,5}?\s+(?:pus|oozing|infected|red,? (?:and )?(?:hot|swollen|warm)|swollen and red|getting redder|hot to touch)`,
      String.raw`\babscess\b|\bboil\b`,
    ),
  },
  {
    id: 'shingles',
    exclude: /\bshingles(?: and \w+)? (?:vaccin\w*|jabs?|shots?|immuni[sz]ation)\b|\bdue (?:for )?(?:the |a |my )?shingles\b|\b(?:vaccin\w*|jabs?|shots?) (?:for|against) shingles\b/,
    patterns: P(String.raw`\bshingles\b|\b(?:blisters?|rash)\b(?:\s+\S+){0,6}?\s+(?:in a (?:band|stripe|strip|belt|line)|(?:on|round|around|along|down|across) one side)|\b(?:band|stripe|strip|belt) of (?:\w+ )?(?:blisters?|rash)`),
  },
  {
    id: 'animal_bite',
    patterns: P(String.raw`\b(?:dog|cat|bat|raccoon|fox|animal|monkey|rat|squirrel|skunk|coyote|stray|puppy|kitten)\b(?:\s+\S+){0,2}?\s+(?:bit|bites|bitten|scratched|caught|nipped|went for|got (?:me|my|him|her|his))\b|\bpuncture (?:marks|wounds|holes)\b(?:\s+\S+){0,6}?\s+(?:teeth|bite|dog|cat)|\b(?:dog|cat)\b(?:\s+\S+){0,10}?\s+puncture (?:marks|wounds|holes)\b|\b(?:bit|bitten|scratched)\b(?:\s+\S+){0,4}?\s+by (?:(?:a|my|the|our|his|her) )?(?:\S+'s )?(?:\w+ )?(?:dog|cat|bat|raccoon|fox|animal|stray|monkey|puppy|kitten)\b|\bbat (?:in|was in|flew into) (?:${POSS} )?(?:room|bedroom|house)\b|\b(?:bite|scratch) (?:from|by|of) (?:a |an |the |my |our |his |her |\S+'s )*(?:dog|cat|bat|raccoon|fox|monkey|rat|squirrel|stray|puppy|kitten)\b|\b(?:dog|cat|bat|fox|monkey|rat) (?:bite|scratch)\b`),
  },
  { id: 'immunosuppressed', patterns: P(String.raw`\b(?:chemo\w*|immunocompromis\w*|immunosuppress\w*|neutropeni\w*|transplant|low white (?:blood )?(?:cell )?count|on (?:high[- ]dose )?steroids)\b`) },
  { id: 'cold', patterns: P(String.raw`\b(?:runny nose|stuffy nose|stuffed up|blocked nose|nasal congestion|congest\w*|sneez\w*|sniffl\w*|common cold|head cold|(?:a|mild|bad|head|chest|got|caught|have|with|the) (?:\w+ )?cold\b(?! sweats?| hands| feet| water| packs?| compress| sores?| weather| room| air| drinks?| beers?| one| shower| bath| snap| spell| day| night| can| glass)|snott\w*|bunged up|scratchy throat|post ?nasal drip)\b`) },
  { id: 'sore_throat', patterns: P(String.raw`\b(?:sore throat|throat\b(?:\s+\S+){0,3}?\s+(?:sore|scratchy|raw|hurts|painful)|strep|tonsil\w*|pharyngitis)\b`) },
  { id: 'tonsil_exudate', patterns: P(String.raw`\b(?:white (?:spots|patches|stuff|pus) on (?:${POSS} )?(?:tonsils|throat)|pus on (?:${POSS} )?tonsils|swollen (?:glands|lymph nodes) in ${POSS} neck)\b`) },
  { id: 'cant_swallow_saliva', patterns: P(
      String.raw`\b(?:can|could) (?:barely|hardly|only just|not|n't) swallow (?:${POSS} )?(?:own )?(?:saliva|spit)\b|\bfloor of (?:${POSS} )?mouth (?:is |feels )?(?:hard|swollen|raised)\b`,String.raw`\b(?:can't swallow (?:${POSS} )?(?:own )?(?:saliva|spit)|drool\w*|muffled voice|hot potato voice|can't open ${POSS} mouth)\b`) },
  { id: 'sinus', patterns: P(String.raw`\b(?:sinus\w*|facial (?:pain|pressure)|(?:green|yellow) (?:mucus|snot|discharge|nasal discharge)|pressure (?:in|behind) ${POSS} (?:face|cheeks|eyes))\b`) },
  { id: 'ear_discharge', patterns: P(
      String.raw`\b(?:discharge|pus|fluid|liquid|gunk)\b(?:\s+\S+){0,2}?\s+(?:running|dripping|oozing|coming|leaking|draining) (?:out )?(?:of|from) (?:${POSS} |the )?ears?\b`,String.raw`\b(?:discharge|pus|fluid|liquid|gunk) (?:coming |leaking )?(?:from|out of) ${POSS} ears?\b|\bears? (?:is |are )?(?:leaking|oozing|discharging|weeping)\b`) },
  { id: 'ear_pain', patterns: P(String.raw`\b(?:ear ?ache|ear (?:pain|infection|hurts)|(?:pulling|tugging) (?:at )?(?:${POSS} )?ears?|pain in ${POSS} ear)\b`) },
  {
    id: 'eye_red_painful',
    patterns: P(
      String.raw`\beye\b(?:\s+\S+){0,4}?\s+(?:is |are |looks )?(?:bloodshot|angry red|very red|red)\b(?:\s+\S+){0,3}?\s+(?:and )?(?:aching|aches|painful|sore|hurts|hurting)\b`,
      String.raw`\b(?:eye\b(?:\s+\w+){0,3}?\s+(?:is |are )?(?:very |really |so )?(?:painful|hurts? (?:a lot|badly))|eye pain|painful (?:red )?eye)\b`,
      String.raw`\beyes?\b(?:\s+\w+){0,4}?\s+(?:red and (?:\w+ )?(?:sore|painful|hurting)|(?:sore|painful) and red)\b|\b(?:red|bloodshot),? (?:sore|painful) eyes?\b`,
      // A red eye in a contact lens wearer can be a corneal infection (AAO 2022).
      String.raw`\b(?:red|sore|painful)\b(?:\s+\S+){0,6}?\s+contact lens\w*|\bcontact lens\w*\b(?:\s+\S+){0,6}?\s+(?:red|sore|painful)\b`,
    ),
  },
  { id: 'eye_chemical', patterns: P(String.raw`\b(?:bleach|chemical|cleaner|acid|lye|oven cleaner|something) (?:splash\w* |got |went |sprayed )(?:in|into) ${POSS} eyes?\b|\b(?:something|metal|glass|a piece) (?:stuck )?in ${POSS} eye\b`) },
  { id: 'pink_eye', patterns: P(String.raw`\b(?:pink ?eye|conjunctivitis|eye (?:is |looks )?(?:a bit |slightly |a little )?pink|crusty (?:gunk|eyes?|eyelashes|lashes)|(?:gunk|goo|crust) (?:in|on|around) ${POSS} eyes?|eyes? (?:is |are )?(?:red and (?:itchy|watery|gooey|crusty)|gunky|crusted shut|stuck shut)|sticky eyes?)\b`) },
  // A swollen eye with pain on moving it, double vision or a bulging eye: orbital cellulitis (NICE CKS 2024).
  {
    id: 'eye_swollen',
    patterns: P(
      String.raw`\b(?:eye(?:lid)?s?|lids?)\b\s+(?:is |are |has |have |got |has got |went |gone |has gone |is all |looks? |red,? (?:and )?)*(?:very |really |so |all |badly )?(?:swollen|swelled|puffed up|puffy)(?: (?:up|shut|closed))?\b`,
      String.raw`\b(?:swollen|puffy|swelled) (?:shut )?(?:eye(?:lid)?s?|lids?)\b|\bswelling (?:around|of|on|over) ${POSS} eye(?:lid)?s?\b`,
    ),
  },
  {
    id: 'eye_movement_pain',
    patterns: P(
      String.raw`\b(?:hurts?|hurting|painful|pain|sore|aches?)\b(?:\s+\S+){0,2}?\s+(?:to |when (?:i|he|she|they) |on |with )(?:move|moves|moving|movement of|look\w* (?:around|sideways|up|down|left|right)|turn\w*) (?:${POSS} )?eyes?\b`,
      String.raw`\b(?:moving|turning) ${POSS} eyes?\b(?:\s+\S+){0,2}?\s+(?:hurts?|is painful|is sore|kills)\b`,
      String.raw`\beyes?\b\s+(?:is |are |looks? |seems? )?(?:bulging|sticking out|pushed (?:forward|out)|protruding|popping out)\b|\bcan't move ${POSS} eyes?\b`,
    ),
  },
  // Cramping pains low in the belly (a cramp in a leg or foot is something else).
  {
    id: 'cramping',
    patterns: P(String.raw`\b(?:cramp(?:s|ing|y)?(?: pains?)?|period[- ]like pains?)\b`),
    exclude: /\b(?:leg|legs|calf|calves|foot|feet|toe|toes|hand|hands|muscle|thigh|night|hamstring|neck|writer's)\s+cramps?\b|\bcramp(?:s|ing)? in (?:my|his|her|the|their|our|your) (?:leg|legs|calf|calves|foot|feet|toes?|hands?|thigh|neck)\b/,
  },
  // Acute angle-closure glaucoma: a painful eye with halos round lights, blurred sight and vomiting (AAO 2023).
  { id: 'halos', patterns: P(String.raw`\b(?:halos?|rainbows?|rings) (?:a?round|around|round) (?:the )?lights\b|\bseeing (?:halos|rainbow rings)\b`) },
  // A neck or spine injury, and nerve signs in both arms or legs (NICE NG41 2016).
  {
    id: 'neck_injury',
    patterns: P(
      String.raw`\b(?:landed|fell|fallen|hit|bashed|banged|came down)\b(?:\s+\S+){0,4}?\s+on ${POSS} (?:neck|back of ${POSS} neck|spine)\b|\b(?:hurt|injured|cricked|broke|broken|jarred) ${POSS} (?:neck|spine)\b|\bneck (?:injury|injured)\b|\b(?:diving|dived|dove) (?:into|in) (?:the )?(?:shallow|pool)\b`,
    ),
  },
  {
    id: 'limbs_both_neuro',
    patterns: P(
      String.raw`\b(?:both|my|his|her) (?:hands|arms|legs|feet)\b\s+(?:are |feel |felt |went |have gone |keep )?(?:\w+ )?(?:tingl\w*|numb|weak|dead|floppy|heavy|useless|pins and needles)\b`,
      String.raw`\b(?:tingl\w*|numbness|pins and needles|weakness) (?:in|down) (?:both|my|his|her) (?:hands|arms|legs|feet)\b|\bcan't (?:feel|move) (?:my|his|her) (?:hands|arms|legs|feet)\b`,
    ),
  },
  // Pain under the right ribs in pregnancy: with headache or visual change, pre-eclampsia or HELLP (NICE NG133 2023).
  { id: 'ruq_pain', patterns: P(String.raw`\b(?:pain|ache|aching|hurts?|hurting|tender\w*)\b(?:\s+\S+){0,2}?\s+(?:just )?(?:under|below|beneath) ${POSS} (?:right )?ribs?\b|\b(?:upper right|right upper) (?:tummy|belly|abdomen|stomach|side)\b|\bepigastric\b`) },
  { id: 'doom', patterns: P(String.raw`\b(?:something is (?:really |very |seriously )?wrong|something's (?:really |very |seriously )?wrong|sense of (?:impending )?doom|feel(?:ing)? like i'm (?:dying|going to die))\b`) },
  // Giant cell arteritis: a new headache with a tender scalp or jaw pain on chewing (BSR 2020; NICE CKS 2024).
  { id: 'gca_feature', patterns: P(
      String.raw`\bcomb(?:ing)? (?:my |his |her )?hair hurts?\b|\bjaw\b(?:\s+\S+){0,3}?\s+(?:gives? out|gets? tired|aches?|hurts?)\b(?:\s+\S+){0,3}?\s+(?:when|while|with|after) (?:i |he |she )?(?:chew|eat)\w*|\bchewing\b(?:\s+\S+){0,4}?\s+(?:makes|made) (?:my |his |her )?jaw\b`,String.raw`\b(?:scalp (?:is |feels )?(?:\w+ )?(?:tender|sore|hurts?|painful)|tender scalp|(?:jaw|jaws) (?:\w+ )?(?:aches?|hurts?|aching|pain\w*|gets? tired) (?:when|while|if) (?:i |he |she )?(?:chew|eat|talk)\w*|jaw (?:pain|ache) (?:when|on|with) (?:chewing|eating))\b`) },
  // Itching of the palms and soles late in pregnancy: obstetric cholestasis (RCOG Green-top 43, 2022).
  { id: 'itch_palms_soles', patterns: P(String.raw`\bitch\w*\b(?:\s+\S+){0,6}?\s+(?:palms|soles|hands and feet|feet and hands)\b|\b(?:palms|soles|hands and feet)\b(?:\s+\S+){0,3}?\s+(?:are |is )?itch\w*`) },
  { id: 'tremor', patterns: P(String.raw`\b(?:tremors?|trembl\w*|shaky hands|hands (?:are |keep )?(?:shaking|trembling|shaky))\b`) },
  // A wound on a foot with signs of infection: in diabetes, an active foot problem (NICE NG19 2019).
  { id: 'foot_wound', patterns: P(String.raw`\b(?:blister|sore|ulcer|cut|wound|crack|graze|break in the skin)\b(?:\s+\S+){0,3}?\s+(?:on|under|between) ${POSS} (?:heel|foot|feet|toes?|sole|big toe)\b|\b(?:foot|heel|toe) (?:ulcer|wound|sore|blister)\b`) },
  // A deep or dirty puncture with tetanus cover out of date or unknown (UKHSA Green Book ch. 30, 2019).
  { id: 'tetanus_prone', patterns: P(String.raw`\b(?:rusty (?:nail|metal|wire)|stepped on a nail|nail went (?:deep|through|into)|(?:manure|soil|dirt) in (?:the|a|my) (?:wound|cut))\b`) },
  { id: 'tetanus_lapsed', timed: true, patterns: P(String.raw`\btetanus\b(?:\s+\S+){0,4}?\s+(?:(?:over|more than|about) (?:1[0-9]|[2-9][0-9]|ten|fifteen|twenty) years|can't remember|not sure when|never had|years ago)\b|\b(?:never had|not had|haven't had) (?:a |my )?tetanus\b`) },
  { id: 'emergency_contraception', patterns: P(String.raw`\b(?:emergency (?:contracepti\w*|pill)|morning[- ]after pill|plan b|condom (?:split|broke|came off|tore))\b`) },
  { id: 'stye', patterns: P(String.raw`\b(?:stye|sty|bump on ${POSS} (?:eyelid|lid)|eyelid bump)\b`) },
  // Pregnancy and babies
  {
    id: 'pregnant',
    patterns: P(
      String.raw`\bpositive (?:home |pregnancy |preg )?test (?:last|this) (?:week|month)\b`,
      String.raw`\bperiod (?:is |was )?(?:about |nearly |over |almost )?(?:\d+|two|three|four|five|six) (?:wks?|weeks?|days?) (?:late|overdue)\b|\b(?:period|periods?) (?:is|are) (?:\d+|two|three|a few) (?:wks?|weeks?|days?) late\b`,
      String.raw`\b(?:pregnan\w*|expecting (?:a baby|twins)|weeks along|(?:first|second|third) trimester|gestation\w*|positive pregnancy test)\b`,
      // "positive test 6 weeks ago" said alone is a home pregnancy test; other tests are named (covid, strep) and excluded.
      String.raw`\b(?:got a |had a |did a )?positive (?:home )?test (?:\w+ ){0,2}(?:weeks?|days?) ago\b`,
      // A missed period with a positive test is an early pregnancy, whatever the word for the test.
      String.raw`\bperiod\b(?:\s+\S+){0,4}?\s+(?:late|overdue)\b[\s,.]+(?:\S+[\s,.]+){0,8}?positive (?:\w+ )?test\b|\b(?:missed|late) (?:my |a )?period\b[\s,]+(?:\S+[\s,]+){0,6}?positive (?:\w+ )?test\b|\bpositive (?:\w+ )?test\b[\s,]+(?:\S+[\s,]+){0,6}?(?:missed|late) (?:my |a )?period\b`,
    ),
    exclude: /\b(?:covid|flu|strep|tb|hiv|lateral flow|antigen|pcr|std|sti|chlamydia|drug|covid-19) (?:\w+ )?test\b|\btest (?:\w+ ){0,4}for (?:covid|flu|strep|hiv|chlamydia)\b|\b(?:trying to (?:get|become) pregnant|not pregnant|pregnancy test (?:was|is|came back) negative|negative pregnancy test|planning (?:a|to get) pregnan\w*|get pregnant)\b/,
  },
  {
    id: 'postpartum',
    timed: true,
    patterns: P(
      String.raw`\b(?:had|have had) (?:my |a |the |our )?(?:c-?section|caesarean|cesarean|section|baby|delivery)\b(?:\s+\S+){0,2}?\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|ten|few|couple of) (?:days?|weeks?) ago\b`,
      String.raw`\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few) (?:days?|weeks?) (?:after|since|post) (?:my |the |a )?(?:delivery|c-?section|caesarean|cesarean|section|birth|giving birth|having (?:the|my) baby)\b`,String.raw`\b(?:postpartum|post-partum|after (?:giving birth|delivery|my c-section|the birth)|gave birth|since (?:i gave birth|delivery|the birth|my delivery)|had (?:a|my|the) baby (?:\w+ )?(?:days|weeks) ago|(?:\d+|two|three|four|five|six) (?:days|weeks) (?:after|since|postpartum) (?:delivery|birth|giving birth))\b`),
  },
  {
    id: 'fetal_movement_down',
    patterns: P(String.raw`\b(?:baby|babies|fetus)\b(?:\s+\S+){0,4}?\s+(?:not moving|(?:isn't|hasn't|has not|is not|stopped|not|hasn't been|isn't really|(?:has |have |is )?(?:hardly|barely|scarcely|not really|not much)) (?:been )?(?:mov\w*|kick\w*)|moving (?:less|much less|a lot less)|(?:stopped|not) kick\w*)|\b(?:less|fewer|no|reduced|decreased) (?:fetal )?(?:movement|movements|kicks)\b|\bhaven't felt (?:the )?baby (?:move|kick)`),
  },
  {
    id: 'waters_broke',
    patterns: P(String.raw`\b(?:waters? (?:just |has |have |has just |might have |may have |could have |must have |think (?:they've |they have )?)?(?:broke|broken|breaking|gone)|leak\w* (?:fluid|water)|gush of (?:fluid|water))\b`),
  },
  {
    id: 'contractions',
    patterns: P(
      String.raw`\bcontractions?\b`,
      String.raw`\b(?:tightenings|(?:belly|bump|tummy|stomach|womb) (?:keeps |is )?(?:tighten\w*|going hard|getting hard)|regular (?:cramps|pains|tightenings))\b`,
      String.raw`\b(?:period[- ]like |period |menstrual )?(?:cramps?|cramping|pains?|tightenings?|tightening)\b(?:\s+\S+){0,3}?\s+every \d+ (?:minutes|mins)\b`,
    ),
  },
  { id: 'swelling_face_hands', patterns: P(String.raw`\b(?:face|hands|fingers)\b(?:\s+\w+){0,2}\s+(?:suddenly )?(?:swell\w*|swollen|puff\w*)`) },
  {
    id: 'infant_lethargy',
    patterns: P(String.raw`\b(?:letharg\w*|floppy|limp|very sleepy|unusually sleepy|hard to wake|difficult to wake|won't wake|not waking|weak cry|high[- ]pitched cry|bulging (?:soft spot|fontanelle)|grunting|inconsolable|can't be comforted|can (?:barely|hardly) cry)\b`,
      String.raw`\b(?:soft spot|fontanelle)\s+(?:is |looks |feels |seems |has gone |went |really |very )*(?:bulg\w*|swollen|raised|tense|puffed up)`,
    ),
  },
  {
    id: 'poor_feeding',
    patterns: P(
      String.raw`\bnot (?:feeding|eating|drinking|nursing)(?: well| at all| anything| properly)?(?! (?:vegetables|veggies|greens|fruit|meat|fish|solids|much|dinner|lunch|breakfast|his|her|their|the|any (?:vegetables|fruit|meat)))`,
      String.raw`\b(?:barely|hardly) (?:feeding|eating|drinking)\b|\brefus\w* (?:to )?(?:feed|feeds|feeding|eat|drink|bottle|breast|nurse)\b`,
      String.raw`\bwon't (?:feed|eat|drink|nurse|take (?:a|the|her|his) bottle)(?! (?:vegetables|veggies|greens|fruit|meat|fish|solids|much|dinner|lunch|breakfast|his|her|their|the|any (?:vegetables|fruit|meat)))`,
    ),
  },
  {
    id: 'child_subject',
    patterns: P(
      String.raw`\b(?:my|our|the) (?:son|daughter|kid|child|toddler|boy|girl|little one|baby|newborn|infant|grandson|granddaughter)\b`,
      // These words name a young child by themselves: "toddler is all floppy", "baby's soft spot".
      String.raw`\b(?:toddler|newborn|infant|baby's)\b|^baby\b`,
    ),
  },
  { id: 'infant_word', patterns: P(String.raw`\b(?:baby|newborn|infant|neonate)\b`) },
  // Diabetes
  { id: 'low_sugar', patterns: P(
      String.raw`\b(?:\w+ )?hypos\b`,String.raw`\b(?:low (?:blood )?sugar|hypo\b|hypoglyc\w*|sugar (?:crash\w*|is low|is dropping|dropped|dropping|went low|is going low))\b`) },
  {
    id: 'high_sugar',
    patterns: P(String.raw`\b(?:high (?:blood )?sugar|sugars? (?:is |are |has been |have been )?(?:high|sky high|through the roof|very high)|hyperglyc\w*|meter (?:says|reads|shows) hi\b|reading (?:of |says )?hi\b)\b`),
  },
  {
    id: 'ketones',
    // Ketone breath is described as fruity, or like pear drops or nail polish remover (acetone) (ADA 2024; NHS DKA 2023).
    patterns: P(String.raw`\b(?:ketones?|ketoacidosis|dka|fruity (?:breath|smell)|breath\b(?:\s+\S+){0,2}?\s+(?:fruity|sweet|(?:like|of) (?:pear ?drops|nail polish|acetone|fruit)))\b`),
  },
  { id: 'hypo_symptoms', patterns: P(String.raw`\b(?:shaky|shaking|trembl\w*|sweaty|sweating|jittery|weak)\b`) },
  // Bones, back, skin
  {
    id: 'back_pain',
    patterns: P(String.raw`\b(?:a |my |his |her )?bad back\b|\b(?:back|lower back)\b(?:\s+\w+){0,2}?\s+(?:pain|hurts?|hurting|aches?|aching|sore|stiff|spasms?|is killing)|\b(?:pain|ache) in ${POSS} (?:lower )?back\b|\bbackache\b|\bsciatica\b|\b(?:pulled|threw out|thrown out|tweaked|strained|hurt|injured) ${POSS} (?:lower |upper )?back\b|\bdid ${POSS} back in\b|\b${POSS} back (?:has been|is|was|'s been) (?:bad|playing up|killing me|in agony)\b`),
  },
  {
    id: 'cauda_equina',
    patterns: P(String.raw`\b(?:numb\w*|no feeling|tingl\w*) (?:in|around|between) ${POSS} (?:groin|genitals|bottom|buttocks|inner thighs|legs and groin)|\bsaddle (?:numb\w*|anaesthe\w*|anesthe\w*)|\b(?:lost|loss of|losing|can't control) (?:control of )?(?:${POSS} )?(?:bladder|bowels?)\b|\b(?:wet|peed|pooped) myself\b|\bcan't (?:pee|urinate) (?:at all)?`),
  },
  {
    id: 'leg_weakness',
    patterns: P(String.raw`\bfoot drop\b|\b(?:leg|foot)\b(?:\s+\w+){0,3}?\s+(?:is |feels |has gone |went |keeps |has been |been )*(?:weak|numb|dragg\w*|giving way)|\bcan't lift ${POSS} (?:foot|toes)\b|\b(?:weak\w*|numb\w*) in ${POSS} (?:legs?|foot|feet)\b`),
  },
  {
    id: 'leg_swelling',
    patterns: P(String.raw`\b(?:calf|calves|legs?|thighs?)\b(?:\s+\S+){0,7}?\s+(?:swell\w*|swollen|puff\w*)|\bswollen (?:\w+ )?(?:calf|legs?|thighs?)\b|\bswell\w* (?:in|of) ${POSS} (?:\w+ )?(?:calf|legs?)`),
  },
  { id: 'leg_pain', patterns: P(String.raw`\b(?:painful|sore|tender|aching)\s+(?:\w+\s+){0,2}?(?:calf|calves|leg|thigh)\b|\b(?:calf|calves|legs?|thighs?)\b(?:\s+\S+){0,6}?\s+(?:pain|painful|hurts?|sore|tender|aches?|aching|red|warm)\b|\b(?:pain|ache|tenderness) in ${POSS} (?:\w+ )?(?:calf|leg|thigh)\b`) },
  { id: 'recent_surgery_travel', patterns: P(String.raw`\b(?:surgery|operation|hip replacement|knee replacement|long(?:[- ]haul| distance)? (?:flight|drive|car ride|trip|journey)|bed rest|immobili[sz]\w*|in a cast|birth control pills?|(?:on|taking) the (?:combined |contraceptive )?pill|contraceptive pills?|hrt|hormone replacement)\b`) },
  {
    id: 'fracture',
    patterns: P(
      String.raw`\bfell (?:on|onto) (?:an |my |his |her )?outstretched (?:hand|arm)\b`,
      String.raw`\b(?:can't|cannot|couldn't|could not|can not) (?:manage|take|walk) (?:more than )?(?:\d+|one|two|three|four|five|a few|a couple of) steps\b`,String.raw`\b(?:(?:broken|broke) (?:${POSS} )?(?:bone|arm|leg|wrist|ankle|hip|finger|toe|collarbone|nose)|(?:bent|sticking out|pointing) at a (?:weird|wrong|strange|funny|odd) angle|fractur\w*|\b(?:wrist|ankle|arm|leg|finger|toe|forearm|shin|collarbone)\b(?:\s+\S+){0,8}?\s+(?:looks?|is|seems?) (?:slightly |a bit |a little |kind of |sort of )?(?:bent|crooked|deformed|out of shape|the wrong shape|misshapen)\b|(?:bone|arm|leg|wrist|ankle|finger)\b(?:\s+\S+){0,3}?\s+(?:bent|deformed|at a (?:weird|wrong|strange) angle|out of place)|can't (?:put|bear) (?:any )?weight|can't (?:walk|stand) on (?:it|${POSS} \w+)(?: at all)?)\b`),
  },
  { id: 'bone_through_skin', patterns: P(String.raw`\bbone\b(?:\s+\S+){0,3}?\s+(?:sticking out|through (?:the )?skin|poking out)\b`) },
  { id: 'sprain', patterns: P(String.raw`\b(?:sprain\w*|twist\w* ${POSS} (?:ankle|knee|wrist)|rolled ${POSS} ankle|pulled (?:a )?muscle|strain\w*|sore muscles?|muscles? (?:are |is )?sore)\b`) },
  { id: 'minor_cut', patterns: P(String.raw`\b(?:(?:small|minor|little|paper|tiny|shallow) (?:cut|scrape|graze|scratch|nick|bruise)|bump\w* ${POSS} (?:knee|elbow|shin|toe|arm|leg)|scraped ${POSS} (?:knee|elbow|hand)|cut ${POSS} finger|stubbed ${POSS} toe|bruised|a bruise|bruises|grazed ${POSS} (?:knee|elbow|hand|arm|leg|shin|palm)|(?:surface|shallow) (?:scrape|graze|scratch))\b`) },
  {
    id: 'severe_burn',
    patterns: P(
      String.raw`\b(?:white|leathery|waxy|charred|black)\b(?:\s+\S+){0,3}?\s+(?:and )?(?:leathery|waxy|don.t hurt|doesn.t hurt|numb)\b`,
      String.raw`\b(?:burn\w*|blisters?|area)\b(?:\s+\S+){0,5}?\s+(?:bigger|larger) than (?:both )?(?:${POSS} |a )?(?:hands?|palms?)\b`,
      String.raw`\b(?:boiling|hot) (?:oil|fat|water)\b(?:\s+\S+){0,6}?\s+(?:chest|face|neck|groin|whole|both)\b`,String.raw`\b(?:(?:large|big|deep|severe|bad|third[- ]degree|second[- ]degree|chemical|electrical) burns?|burns? (?:on|to) (?:the |${POSS} )?(?:face|genitals|groin|whole|entire|hands?|feet|airway)|burn\w*\b(?:\s+\S+){0,4}\s+(?:bigger|larger) than (?:${POSS} |a )?(?:hand|palm)|electric(?:al)? shock|electrocut\w*|struck by lightning)\b`),
  },
  {
    id: 'minor_burn',
    patterns: P(
      String.raw`\b(?:(?:small|minor|mild|little|tiny|first[- ]degree) burn|sunburn\w*|burn\w* ${POSS} (?:finger|hand|arm)(?:\s+\S+){0,3}? (?:on|cooking|while|with))\b`,
      String.raw`\b(?:a bit|a little|slightly|mildly) (?:sun ?)?burn[te]d?\b|\bcaught the sun\b`,
      // A brief touch of something hot, as people describe the commonest kitchen burns.
      String.raw`\b(?:touched|grabbed|brushed|caught)\b(?:\s+\S+){0,2}?\s+(?:the |a |my )?(?:hot |oven )?(?:oven|oven rack|rack|pan|iron|stove|hob|kettle|baking tray|tray|curling iron|hair straighteners|straighteners)\b`,
      String.raw`\b(?:touched|grabbed|brushed|caught (?:my|his|her) \w+ on) (?:a |the )?(?:hot|boiling) (?:pan|iron|oven|stove|hob|tray|kettle|plate|pot|dish)\b`,
    ),
  },
  { id: 'heat_illness', patterns: P(
      String.raw`\b(?:heatwave|heat wave|in the heat|hot flat|hot room|windows (?:closed|shut))\b(?:\s+\S+){0,14}?\s+(?:hot and dry|not sweating|stopped sweating|muddled|confused)\b`,
      String.raw`\bhot and dry to (?:the )?touch\b|\bnot sweating\b(?:\s+\S+){0,4}?\s+(?:hot|muddled|confused)\b`,String.raw`\b(?:heat ?stroke|heat exhaustion|overheated|too hot and confused|stopped sweating|skin (?:is |feels )?(?:hot and dry|dry and hot)|hot,? dry skin)\b`) },
  // Self-care conditions (CDC and NHS self-care guidance)
  { id: 'canker_sore', patterns: P(String.raw`\b(?:canker sores?|mouth ulcers?|cold sores?|ulcers? (?:in|inside) ${POSS} mouth|sores? (?:in|inside) ${POSS} mouth)\b`) },
  { id: 'seasonal_allergy', patterns: P(String.raw`\b(?:hay fever|seasonal allerg\w*|pollen|itchy (?:eyes|nose)|eyes itch|allergies (?:are )?(?:acting up|bad))\b`) },
  { id: 'eczema', patterns: P(String.raw`\b(?:eczema|dry (?:itchy )?skin|itchy skin|(?:skin|hands?|fingers|knuckles) (?:is |are |feel |feels |gets |get )?(?:so |very |really )?(?:dry|itchy|flaky)(?: and (?:crack\w*|sore|itchy|flaky|split\w*))?|(?:itchy |dry |scaly |flaky )+patch(?:es)?(?: of skin)?|dandruff)\b`) },
  // A pulse-oximeter reading given in the message; the rule reads its value.
  { id: 'oxygen_reading', patterns: P(String.raw`\b(?:oxygen(?: saturations?| sats?| levels?)?|o2(?: sats?| saturations?| levels?)?|spo2|sats|saturations?|pulse ?ox(?:imeter)?(?: reading)?)\b(?:\s+\S+){0,4}?\s+\d{2}\s*(?:%|percent|per cent)`) },
  // Sunburn without blisters, fever or feeling unwell is looked after at home (NHS 2023).
  { id: 'sunburn', patterns: P(String.raw`\bsun ?burn\w*|\bsun-burnt\b|\b(?:fried|burnt|burned|toasted) ${POSS} (?:shoulders|back|face|nose|skin|arms|legs)\b(?:\s+\S+){0,4}?\s+(?:at|in|on) the (?:lake|beach|sun|pool|park)\b|\b(?:pink|red|sore)\b(?:\s+\S+){0,4}?\s+after (?:the |a day at the )?(?:beach|sun|sunbathing|pool|garden party)\b`), exclude: /\bblisters? (?:all over|everywhere)|\bsun ?stroke\b/ },
  // A band-like tension-type headache after screens or stress (NICE CG150 2021).
  { id: 'mild_headache', patterns: P(String.raw`\bband(?:[- ]like)? (?:ache|pain|headache|pressure)\b|\b(?:mild|slight|small|little|dull|tension) headache|headache\b(?:\s+\S+){0,6}\s+(?:after|from) (?:a long day|work|the computer|screen|staring|not sleeping|stress)`) },
  { id: 'muscle_ache', patterns: P(String.raw`\b(?:muscle aches?|body aches?|achy|sore muscles?|stiff (?:neck|shoulders) from|crick in ${POSS} (?:neck|back))\b`, String.raw`\b(?:sore|stiff|achy|aching|ache)\b(?:\s+\S+){0,3}?\s+(?:from|after) (?:sleeping|sleep|lying|the way i slept|(?:a |my |the )?(?:\w+ ){0,2}?(?:running|run|exercise|exercising|gym|workout|working out|hiking|hike|walk|game|match|class|session|sports|training|practice|ride|lifting|painting|decorating|gardening|digging|cleaning|carrying|climbing|cycling|swimming|dancing|yoga|pilates|spin)\w*)\b`) },
  { id: 'hiccups', patterns: P(String.raw`\b(?:hiccups?|blisters? from (?:new )?shoes|athlete'?s foot|acne|pimples?|insect bites?|mosquito bites?|splinter|jet lag|hangover|dry lips|chapped lips|lips (?:are |feel )?(?:chapped|dry|cracked))\b`) },
  { id: 'dizziness', patterns: P(String.raw`\b(?:dizz\w*|vertigo|room spins|room is spinning|spinning sensation|light[- ]?headed\w*)\b`) },
  { id: 'positional', patterns: P(String.raw`\b(?:roll\w* over|turn\w* ${POSS} head|look\w* up|lie down|lying down|get(?:ting)? up|sit(?:ting)? up|tilt\w* ${POSS} head)\b`) },
  // Things that need an appointment rather than today's care
  // "A lump sum" is money, not a lump.
  { id: 'lump', patterns: P(String.raw`\b(?:lumps?|mass|growth|swollen glands? (?:for|that won't))\b`), exclude: /\blump[- ]sums?\b/ },
  { id: 'mole_change', patterns: P(String.raw`\bmoles?\b(?:\s+\S+){0,8}?\s+(?:chang\w*|bigger|grow\w*|darker|bleed\w*|itch\w*|irregular|new color)`) },
  { id: 'weight_loss', patterns: P(String.raw`\b(?:(?:lost|losing|dropped) (?:about |around |almost )?(?:\d+|a lot of|some|so much) (?:pounds|lbs|kg|kilos|weight)\b(?:\s+\S+){0,6}\s+(?:without trying|not trying|no reason|for no reason|don't know why|unexplained)|unexplained weight loss|losing weight without trying)`) },
  { id: 'joint_pain', patterns: P(String.raw`\b(?:knee|hip|shoulder|wrist|ankle|elbow|joint|joints|finger|toe)s?\b(?:\s+\S+){0,3}?\s+(?:pain|hurts?|has hurt|hurting|aches?|aching|sore|stiff)|\b(?:pain|ache) in ${POSS} (?:knee|hip|shoulder|joints?)\b`, String.raw`\b(?:sore|painful|stiff|achy|swollen) (?:knees?|hips?|shoulders?|wrists?|ankles?|elbows?|joints?)\b`) },
  { id: 'swallowing_trouble', patterns: P(String.raw`\b(?:trouble|difficulty|hard to|pain when|painful to|hurts? (?:so much |too much )?to) swallow\w*|\bcan (?:barely|hardly) (?:swallow|drink)\b|\bfood (?:gets|getting) stuck\b`) },
  {
    id: 'blood_in_urine',
    patterns: P(
      String.raw`\b(?:pink|red|reddish|blood|bloody|rusty) (?:in|tinge (?:to|in)|colou?r (?:in|to)) (?:my |his |her |the )?(?:urine|pee|wee|water)\b`,
      String.raw`\b(?:blood in ${POSS} (?:urine|pee|wee)|bloody (?:urine|pee|wee)|(?:pink|red|brown) (?:urine|pee|wee)|pee is (?:pink|red)|peeing blood|blood when (?:i|he|she) (?:pee|wee|urinate)s?)\b`,
      // "my pee has been red since this morning", "urine looks like cola"
      String.raw`\b(?:urine|pee|wee)\b\s+(?:has |had |is |was |looks? |has been |is looking |has gone |went |turned |coming out )+(?:\w+ )?(?:red|pink|bloody|cola[- ]colou?red|like cola|the colou?r of (?:cola|tea))\b`,
    ),
  },
  // Bruises that appear without a knock: a sign of bleeding on a blood thinner (NHS 2023).
  {
    id: 'unexplained_bruising',
    patterns: P(
      String.raw`\bbruise\b(?:\s+\S+){0,8}?\s+(?:got|getting|has got|has gotten|grown|growing|gotten) (?:bigger|larger)\b`,
      String.raw`\bbruis\w*\b(?:\s+\S+){0,8}?\s+(?:that|which|where|and) (?:i|he|she|they) (?:didn't|did not|don't|can't remember|never) (?:bang|knock|hit|bump|injur|hurt)\w*`,
      String.raw`\b(?:unexplained|random|mystery|spontaneous) bruis\w*|\bbruis\w* (?:for no reason|out of nowhere|from nowhere|without (?:a |any )?(?:knock|bang|injury|reason|fall))\b`,
      String.raw`\b(?:big|large|huge|massive|lots of|loads of|new) bruises? (?:are |keep |have been )?(?:coming up|appearing|showing up|popping up)\b|\bbruises? (?:keep|keeps) (?:coming up|appearing|showing up|popping up)\b`,
      String.raw`\bbruis\w*\b(?:\s+\S+){1,4}?\s+(?:for no (?:obvious |good )?reason|out of nowhere|from nowhere|without (?:a |any )?(?:knock|bang|injury|reason|fall))\b`,
    ),
  },
  { id: 'generic_symptom', patterns: P(String.raw`\b(?:headaches?|pain\w*|hurts?|hurting|aches?|aching|sore\w*|swollen|swelling|rash|itch\w*|numb\w*|tingl\w*|weak\w*|tired|fatigue\w*|exhausted|nause\w*|dizz\w*|bleed\w*|lump|fever\w*|cough\w*|symptoms?|feel(?:ing)? (?:sick|unwell|awful|terrible|bad|off|funny)|unwell|ill|insomnia|can't sleep|discharge|cramp\w*|stiff\w*|spasm\w*)\b`), exclude: /\blump[- ]sums?\b/ },
];

export const conceptById = new Map(concepts.map((c) => [c.id, c]));
