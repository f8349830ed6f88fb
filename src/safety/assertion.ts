/**
 * Decides whether a symptom mention in a clause is asserted as the patient's current problem.
 * Modelled on NegEx/ConText (Chapman et al., J Biomed Inform 2001 and 2009): trigger terms before
 * the mention, pseudo-triggers that look like negation but are not ("not sure", "no better"), and
 * termination terms that end a trigger's reach. ConText's three properties are used: negation,
 * experiencer (family history) and temporality (past, or recent and already over), plus hypothetical.
 */

export type MentionStatus =
  | 'present' // affirmed, happening now
  | 'resolved' // affirmed, recent (today to about a week) and said to be over
  | 'negated'
  | 'family' // someone else's past illness: "my father had a stroke"
  | 'past' // the patient's own illness long ago: "chest pain two years ago"
  | 'hypothetical'; // "what should I do if I get chest pain"

/** Phrases that contain negation words but do not negate what follows. */
const pseudoNegation =
  /\b(?:without (?:\w+ )?(?:goggles|glasses|eye protection|a helmet|gloves)|(?:from )?(?:zero|nothing|0) to (?:\d+|ten|a hundred|full|max\w*)|from zero|not sure|not certain|no idea|not know|don't know|doesn't know|no change|not only|no better|no relief|not improv\w*|not getting better|not go(?:ing)? away|doesn't go away|won't go away|hasn't gone away|(?:won't|wouldn't|doesn't|didn't|hasn't|haven't|isn't|not) (?:shift\w*|budg\w*|eas(?:e|ed|es|ing)|settl\w*|clear\w*|lift\w*|let\w* up|improv\w*|calm\w* down|die\w* down)|not help\w*|doesn't help|(?:didn't|did not|doesn't|does not|hasn't|has not|won't|not) (?:even )?touch(?:ed|ing)?|didn't help|not work\w*|isn't (?:help|work)\w*|no (?:big )?deal|not a big deal|nothing serious|not serious|don't want to|do not want to|didn't want to|no one|nobody|no longer able|not able to|can't stop|won't stop|doesn't stop|didn't stop|can't get (?:it|the)|not stop\w*|not sleep\w*|no matter|not wanting|never been (?:this|so)|never had (?:a|one|pain|anything) (?:like|this)|never felt (?:like|this|anything)|not respond\w*|not breathing|not moving|no pulse|not waking|no wet|not (?:feeding|eating|drinking|nursing|peeing|urinating|making sense|himself|herself|acting right))\b/g;

/** Terms that negate a finding that follows them in the same clause (NegEx pre-negation triggers). */
const negationTrigger =
  /\b(?:no|not|nor|never|without|zero|denies|denied|deny|negative for|free of|absence of|ruled out|rules out|none|neither|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|don't|doesn't|didn't|won't|no signs? of|no history of|no evidence of|not any|not a single)\b/g;

/** Terms that end a negation's reach (NegEx termination terms, plus lay equivalents). */
const negationTerminator = /\b(?:but|however|although|though|except|just|only|now|still|yet|apart|aside|instead|though|which|who|since|because)\b/;

/**
 * A comma followed by an action verb starts a new statement, so negation stops there: in "no helmet,
 * hit his head" the head injury is affirmed. Lists of denied symptoms ("no fever, cough or rash")
 * have no such verb and stay negated. Only verbs of events are listed, not participles that describe
 * symptoms ("no numbness, slurred speech"), which are still part of the denied list.
 */
const newStatementAfterComma =
  /,\s*(?:and |then |now )?(?:hit|fell|fallen|got|took|taken|went|came|ate|drank|started|began|banged|bumped|knocked|tripped|slipped|crashed|landed|woke|ran|threw|cut|broke|bit|swallowed|passed|collapsed|vomited|threw|keeps?|is|was|has|have|had|i|i'm|i've|he|she|they|it's)\b|,\s*and\s+(?:very\s+|really\s+|quite\s+|so\s+|now\s+)?(?:muddled|confused|drowsy|unsteady|sleepy|pale|clammy|grey|gray|breathless|wheezy|dizzy|faint|floppy|limp|agitated)\b/;

/** Negation written after the finding: "chest pain ruled out", "fever is gone" counts as over, not negated. */
const postNegation = /^\W*(?:\w+\W+){0,3}?(?:was |were |has been |had been |is |are )?(?:ruled out|negative|excluded|not present|not an issue|not a problem)\b/;

/**
 * Negation inside the mention itself, between the body part and the symptom: "chest isn't hurting",
 * "my leg is not swollen". NegEx places triggers before the finding; lay English often puts the
 * auxiliary in the middle. "Won't stop bleeding" and "doesn't stop" affirm and are left alone.
 */
const innerNegation =
  /\b(?:isn't|is not|aren't|are not|wasn't|was not|weren't|doesn't|does not|don't|do not|didn't|hasn't been|haven't been|not)\s+(?:(?!stop|keep)\w+\s+)?(?:hurt\w*|sore|painful|aching|achy|tender|tight|swollen|swelling|bad|heavy|red)\b/;

/** Words for other people; with a past-illness verb before the finding they make it family history. */
const otherPerson =
  /\b(?:father|dad|mother|mom|mum|brother|sister|grandfather|grandmother|grandpa|grandma|granddad|grandad|granny|gran|nana|nanna|auntie|stepfather|stepmother|stepdad|stepmom|stepmum|grandparents?|nan|uncle|aunt|cousin|parents?|siblings?|family|relatives?|husband|wife|partner|friend|neighbou?r|coworker|colleague|boss)\b/;
const historyVerb = /\b(?:had|has had|have had|died|passed away|suffered|history|was diagnosed|got diagnosed|survived)\b/;
/** Someone else's illness that is already in professional hands ("my gran had a stroke last week and is in hospital"). */
const underCare = /\b(?:in (?:the )?hospital|in (?:the )?icu|in intensive care|(?:was|been|got) admitted|in rehab|on the ward|discharged|home from (?:the )?hospital|recovering)\b/;
const familyHistoryPhrase = /\b(?:family history|runs in (?:my|our|the) family|in my family|family member)\b/;

/** Time words that put a finding in the past, long enough ago not to be today's problem. */
const pastMarker =
  /\b(?:(?:months|years) ago|(?:\d+|a few|few|several|couple of|two|three|four|five|six|many) (?:months|years) ago|(?:\d+|two|three|four|five|six|several|few|couple of) weeks ago|last (?:month|year|spring|summer|fall|autumn|winter)|a (?:year|month) ago|years back|in (?:19|20)\d\d|as a (?:child|kid|teen|teenager|baby)|when (?:i|he|she|they|we) (?:was|were) (?:a |an |younger|little|small|\d)|in the past|long ago|a while (?:ago|back)|childhood)\b/;

/**
 * Past-history triggers that reach only the few words after them (ConText scoping): "history of migraine
 * presents with confusion". A duration before it ("a three-day history of cough") describes the illness now.
 */
const pastPrefix = /\b(?:(?<!\b(?:day|days|week|weeks|hour|hours|month|months)[- ])history of|used to (?:have|get|be)|previously|once had|had a bout of)\b(?:\s+\S+){0,5}\s*$/;

/** Time words for the last few days. */
const recentMarker =
  /\b(?:today|this morning|this afternoon|this evening|tonight|last night|yesterday|earlier|an hour ago|(?:\d+|a few|few|couple of|two|three|several) (?:minutes|hours|days) ago|a day ago|last week|this week|just now|just (?:started|happened|now|collapsed|fell|took|swallowed|drank|ate|noticed|began))\b/;

/** Words that say a recent finding is over. */
const resolvedMarker =
  /\b(?:went away|gone away|(?:is|it's|are|has|have) gone(?=\s*(?:$|[,.;!?]|now\b|away\b|completely\b|again\b|and\b|but\b))|resolved|stopped|passed(?! out)|subsided|eased off|better now|fine now|ok now|okay now|back to normal|lasted (?:a few|about|only|for)?\s*(?:\d+|a few|few|couple of)?\s*(?:seconds|minutes))\b/;
// "Got" is left out: "got a temperature today" means has one now.
const pastTenseOnset = /\b(?:had|was|were|felt|experienced)\b/;

/** Triggers that make a finding hypothetical or a general question rather than a report. */
const hypotheticalTrigger =
  /\b(?:if|in case|what if|whenever|should i ever|if ever|signs? of|symptoms? of|warning signs?|how (?:do|would|can|will|should) (?:i|you|we|one) (?:know|tell|recogni[sz]e|spot|prevent|avoid|treat|lower|reduce)|when (?:should|do|would) (?:i|you|we|one) (?:worry|go|call|see|seek|get help)|when to (?:worry|go|call|seek)|what (?:happens|should i do|do i do|to do) (?:if|when)|(?:could|can|does|do|will|would|might|may) (?:\w+ ){1,4}(?:cause|lead to|give (?:you|me)|trigger|bring on)|risk (?:of|for)|chance of|prevent\w*|avoid\w*|lower (?:my|the) (?:risk|chance)|what does (?:\w+ ){1,4}(?:feel|look|sound) like|(?:at )?what (?:number|temperature|temp|reading|level|point|age)\b|how (?:do|can|would|will) (?:i|you|we|one) (?:spot|recogni[sz]e|tell)|so (?:i|we) (?:can|could|know how to) (?:spot|recogni[sz]e)|what (?:is|are) (?:a |an )?(?:normal|typical|the)|how (?:is|are) (?:\w+ ){0,3}(?:treated|diagnosed)|is (?:\w+ ){1,3}contagious|vaccine for|vaccinated against|shot for|(?:the )?difference between|(?:compared?|comparison) (?:to|with|between)|(?:writing|doing|researching|working on|revising for) (?:an? |my )?(?:essay|report|project|assignment|presentation|dissertation|exam|article|school)|for (?:an? |my )(?:essay|report|school project|assignment|presentation|class))\b|^(?:does|do|can|could|will|would|should|is|are) (?:an?|having(?: an?)?) /;

/** A question that wraps the finding: "what does anaphylaxis look like?", "what would a stroke feel like?" */
const frameBefore = /\bwhat (?:does|do|would|might|can|could|will) (?:(?:a|an|the)\s)?$/;
const frameAfter = /^\s*(?:\w+\s+){0,3}?(?:look|looks|feel|feels|sound|sounds|present|presents) like\b/;
const pseudoHypothetical =
  /\b(?:not sure|unsure|don't know|no idea|wonder(?:ing)?|worried|ask(?:ing)?|check(?:ing)?|tell me|see|(?<!how (?:do|would|can|will|should) (?:i|you|we|one) )know|feels? as) (?:if|whether)\b|\bas if\b|\beven if\b/g;

/** Phrases of reassurance. A clause holding one cannot lower a level ("probably just a pulled muscle"). */
const reassurance =
  /\b(?:probably|likely|maybe|perhaps|i'm sure|i am sure|i think it's|i bet|says? it's|said it's|thinks? it's|thought it's|says? (?:he|she|i)'s fine|don't want to|do not want to|no need to|nothing serious|no big deal|not a big deal|i'm (?:fine|ok|okay)|seems? (?:totally |completely )?(?:fine|ok|okay)|feel (?:fine|ok|okay)|not worried|overreact\w*|fuss|bother\w*|ride it out|sleep it off|wait it out|embarrass\w*|silly|dramatic|hypochondriac|pulled muscle|anxiety|stress|indigestion|gas)\b/;

export interface MentionContext {
  /** The clause that holds the mention, normalized. */
  clause: string;
  /** Offsets of the mention inside the clause. */
  start: number;
  end: number;
}

export function mentionStatus({ clause, start, end }: MentionContext): MentionStatus {
  const before = clause.slice(0, start);
  const after = clause.slice(end);

  if (isNegated(before, clause.slice(start)) || postNegation.test(after) || innerNegation.test(clause.slice(start, end))) return 'negated';
  if (isHypothetical(before, after)) return 'hypothetical';

  const recent = recentMarker.test(clause);
  if (familyHistoryPhrase.test(clause)) return 'family';
  const person = otherPerson.exec(before);
  if (person && historyVerb.test(before.slice(person.index)) && (!recent || underCare.test(clause))) return 'family';
  if (person && /\bdied\b/.test(clause)) return 'family';

  if ((pastMarker.test(clause) || pastPrefix.test(before)) && !recent) return 'past';
  // "has had diarrhoea for 2 days" is the present perfect of something still going on, not a past onset.
  // "I've got a headache" is the present of having, not a past onset.
  const pastOnset = pastTenseOnset.test(before.replace(/\b(?:has|have|he's|she's|i've|we've|they've)\s+(?:had|got)\b/g, ' '));
  if (recent && (resolvedMarker.test(clause) || (pastOnset && !/\b(?:since|still|keeps?|started|began|suddenly)\b/.test(clause))))
    return 'resolved';
  if (resolvedMarker.test(after) && !/\b(?:not|never|hasn't|haven't|didn't|won't)\b/.test(after)) return 'resolved';
  return 'present';
}

/** `following` is the mention and what comes after it: "no helmet, hit his head" ends the negation at "hit". */
function isNegated(before: string, following: string): boolean {
  const cleaned = before.replace(pseudoNegation, (m) => ' '.repeat(m.length));
  let lastTrigger = -1;
  for (const match of cleaned.matchAll(negationTrigger)) lastTrigger = (match.index ?? 0) + match[0].length;
  if (lastTrigger < 0) return false;
  const between = cleaned.slice(lastTrigger);
  const mentionFirstWord = /^\S*/.exec(following)?.[0] ?? '';
  if (negationTerminator.test(between) || newStatementAfterComma.test(between + mentionFirstWord)) return false;
  // NegEx reaches about five words; lists ("no fever, cough or chest pain") stay within that.
  return between.trim().split(/\s+/).filter(Boolean).length <= 6;
}

function isHypothetical(before: string, after: string): boolean {
  if (frameBefore.test(before) && frameAfter.test(after)) return true;
  const cleaned = before.replace(pseudoHypothetical, (m) => ' '.repeat(m.length));
  return hypotheticalTrigger.test(cleaned);
}

/** True when the clause reassures ("my wife says it's just indigestion") rather than reports. */
export function isReassuring(clause: string): boolean {
  return reassurance.test(clause);
}
