/**
 * Triage of a patient message, with the conversation so far. Rules fire on findings; the highest
 * level wins; reassurance in the message can never lower it; an emergency reported earlier in the
 * conversation stays until a professional has assessed it. Under the rules, a learned safety net
 * (model/) reads the wording and can raise the level to emergency when the rules found none. Where
 * the rules found some red-flag concept but decided nothing, or only red flags whose deciding details
 * are missing, the net's low threshold applies; where no rule fired
 * and the rules found no red-flag concept at all, a somewhat higher one (model/vote.ts); where a rule
 * decided the level from the details given (a fever in pregnancy is urgent, a local sting reaction is
 * self-care), the net must be confident to overrule it.
 */
import { actionFor } from './actions.ts';
import { contextOnlyConcepts, offTopic, requestKind } from './guard.ts';
import { readFindings } from './findings.ts';
import { safetyNet } from './model/net.ts';
import { netVote, overruleDecidedLevel, quietEmergencyThreshold } from './model/vote.ts';
import type { SafetyNet } from './model/net.ts';
import type { NetVote } from './model/vote.ts';
import type { Findings } from './findings.ts';
import { rules } from './rules.ts';
import type { Evidence, Rule } from './rules.ts';
import { normalize, splitSentences } from './text.ts';
import { higherLevel } from './types.ts';
import type { PatientFacts, TriageLevel, TriageOptions, TriageReason, TriageResult } from './types.ts';

interface Fired {
  rule: Rule;
  level: TriageLevel;
  evidence: Evidence;
  /** Set when the reason comes from an earlier message of the conversation. */
  earlier?: boolean;
}

/** What the findings mean one level down: a finding that was real but is already over. */
function lowerLevel(level: TriageLevel): TriageLevel {
  return level === 'emergency' ? 'urgent' : level === 'urgent' ? 'routine' : level;
}

function fire(findings: Findings): Fired[] {
  const fired: Fired[] = [];
  for (const rule of rules) {
    const evidence = rule.test(findings);
    if (!evidence) continue;
    const used = evidence.concepts.filter((c) => findings.has(c));
    const allOver = used.length > 0 && used.every((c) => findings.onlyResolved(c));
    const level = allOver ? (rule.resolvedLevel ?? lowerLevel(rule.level)) : rule.level;
    fired.push({ rule, level, evidence });
  }
  return fired;
}

function topLevel(fired: Fired[]): TriageLevel {
  // With no rule at all there is nothing to treat at home or urgently: a question for a regular visit.
  return fired.reduce<TriageLevel>((level, f) => higherLevel(level, f.level), fired.length > 0 ? 'self-care' : 'routine');
}

function evaluate(message: string, patient: PatientFacts | undefined): { fired: Fired[]; level: TriageLevel; findings: Findings } {
  const findings = readFindings(message, patient);
  const fired = fire(findings);
  return { fired, level: topLevel(fired), findings };
}

/**
 * A professional has assessed the problem: "the ER checked me and it wasn't my heart",
 * "the ECG came back normal". Reassurance from family or friends does not count.
 */
const professionalAssessment = new RegExp(
  [
    String.raw`\b(?:doctor|dr|physician|cardiologist|nurse|paramedics?|ems|ambulance (?:crew|team)|er|a&e|emergency (?:room|department)|hospital|urgent care|clinic|care team|gp)\b(?:\s+\S+){0,8}?\s+(?:checked|examined|evaluated|assessed|saw me|cleared|ruled (?:it )?out|discharged|sent (?:me|him|her|us) home|ran tests|did (?:an? )?(?:ecg|ekg|ct|scan|tests?|bloodwork))`,
    String.raw`\b(?:was|were|got|been|i was|i got) (?:seen|checked|examined|evaluated|assessed|treated|discharged)\b(?:\s+\S+){0,3}?\s+(?:at|by|in) (?:the )?(?:er|a&e|emergency|hospital|urgent care|doctor|clinic|paramedics?)`,
    String.raw`\b(?:ecg|ekg|ct|mri|scan|troponin|tests?|bloodwork|x-?ray)\b(?:\s+\S+){0,3}?\s+(?:was|were|came back|all came back) (?:normal|fine|clear|negative)`,
  ].join('|'),
);

export function wasAssessedByProfessional(message: string): boolean {
  return professionalAssessment.test(normalize(message));
}

export function triage(message: string, options: TriageOptions = {}): TriageResult {
  return triageWithNet(message, options, options.rulesOnly === true ? undefined : safetyNet());
}

/** Triage with a given safety net (or none): the shipped one, or one trained on part of dev for cross-validation. */
export function triageWithNet(message: string, options: TriageOptions, net: SafetyNet | undefined): TriageResult {
  const { patient } = options;
  const history = options.history ?? [];
  const alone = evaluate(message, patient);
  let fired = alone.fired;
  let netText = message;
  let netFindings = alone.findings;

  if (history.length > 0) {
    // The whole conversation is read together, so that an emergency reported earlier stays, and
    // details given later (a baby's age, answers to follow-up questions) apply to earlier red flags.
    // A professional assessment starts a fresh context: what it cleared no longer counts.
    const context = conversationSinceAssessment([...history, message]);
    const combined = evaluate(context.join('. '), patient);
    netText = context.join('. ');
    netFindings = combined.findings;
    const firedAlone = new Set(alone.fired.map((f) => f.rule.id));
    fired = combined.fired.map((f) => (firedAlone.has(f.rule.id) ? f : { ...f, earlier: true }));
  }

  const level = topLevel(fired);
  if (level !== 'emergency' && net) {
    // The rules are exact about what they know; the net covers wordings they have not seen.
    const vote = netVote(netText, netFindings, patient, net);
    // A request the guard's patterns recognise (a medicine change, someone else's record, instructions to
    // the assistant) is decided as a request, not a report of symptoms; the net must be as sure to overrule it.
    const request = requestKind(message);
    const decidedByRule = fired.some((f) => f.level === level && !f.evidence.provisional) || request !== undefined;
    const quiet = fired.length === 0 && !netFindings.mentions.some((m) => m.status === 'present' && !contextOnlyConcepts.has(m.concept));
    // A request to the assistant or a question outside health care, with no red-flag concept in it at all,
    // reports nothing happening to anyone: only the self-harm vote can raise it.
    const requestOnly = quiet && (request !== undefined || offTopic(normalize(message)) !== undefined);
    const needed = vote.selfHarm ? 0 : requestOnly ? Infinity : netThreshold(decidedByRule, quiet);
    if (vote.emergency && vote.scores.emergency >= needed) {
      // An emergency is something happening to someone. A message that names no one and describes no
      // experience ("high white blood cell count", "fasting glucose of 110") is a question about a
      // topic: the net's vote then raises it to urgent with a question that decides, not to 911.
      if (vote.selfHarm || describesSomeone(netText)) return netEmergency(vote);
      if (level !== 'urgent') return netUrgent(vote);
    }
  }
  const deciding = dedupe(fired.filter((f) => f.level === level));
  const contextFindings = history.length > 0 ? readFindings(history.join('. '), patient) : undefined;
  const reasons: TriageReason[] = deciding.map((f) => ({
    rule: f.rule.id,
    matched: (f.earlier ? 'earlier in this conversation: ' : '') + matchedText(f, f.earlier && contextFindings ? contextFindings : alone.findings),
    source: f.rule.source,
  }));
  const result: TriageResult = { level, reasons, action: actionFor(level, deciding.map((f) => f.rule)) };
  if (deciding.length > 0 && deciding.every((f) => f.evidence.provisional)) {
    const questions = [...new Set(deciding.flatMap((f) => f.rule.followUp ?? []))].slice(0, 2);
    if (questions.length > 0) result.followUpQuestions = questions;
  }
  return result;
}

/**
 * The net score needed to raise the rules' level to emergency. Where a rule decided the level from the
 * details given, the net must be confident to overrule it; where the rules found no red-flag concept at
 * all and no rule fired, the message reads as a plain question or a minor matter and the net's quiet
 * threshold applies; otherwise (nothing decided, or only red flags whose deciding details are missing)
 * the net's own low threshold does.
 */
function netThreshold(decided: boolean, quiet: boolean): number {
  if (decided) return overruleDecidedLevel;
  return quiet ? quietEmergencyThreshold : 0;
}

/** A stand-in rule for the net's emergency, so that the action text names the right number to call. */
function netRule(selfHarm: boolean): Rule {
  return {
    id: 'safety-net-model',
    level: 'emergency',
    source: safetyNet().source,
    concern: selfHarm ? 'thoughts of suicide or self-harm' : 'a medical emergency',
    kind: selfHarm ? 'suicide' : 'general',
    test: () => undefined,
  };
}

function netEmergency(vote: NetVote): TriageResult {
  const rule = netRule(vote.selfHarm);
  const what = vote.selfHarm ? 'wording resembles messages about suicide or self-harm (model)' : 'wording resembles emergency descriptions (model)';
  const p = Math.max(vote.scores.emergency, vote.selfHarm ? vote.scores.selfHarm : 0);
  return {
    level: 'emergency',
    reasons: [{ rule: rule.id, matched: `${what}, score ${p.toFixed(2)}`, source: rule.source }],
    action: actionFor('emergency', [rule]),
  };
}

const someone = /\b(i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|our|us|he|he's|him|his|she|she's|her|hers|they|them|their|someone|somebody|anyone|baby|babies|newborn|infant|toddler|child|children|kid|kids|son|daughter|boy|girl|dad|father|mom|mum|mother|mam|wife|husband|partner|friend|grandma|grandpa|gran|grandad|grandmother|grandfather|brother|sister|flatmate|roommate|neighbou?r|colleague|coworker|yo|y\/o)\b/i;
const experience = /\b(feel|feeling|felt|pregnant|gave birth|postpartum|labou?r|contractions|waters|can't|cannot|can not|won't|having|had|got|getting|keep|kept|woke|fell|swallowed|took|ate|drank|bleeding|vomiting|passed out|collapsed)\b/i;

/** Whether a message describes a person's own or someone's current experience, not a topic. */
export function describesSomeone(text: string): boolean {
  return someone.test(text) || experience.test(text);
}

function netUrgent(vote: NetVote): TriageResult {
  const rule: Rule = { ...netRule(false), level: 'urgent' };
  return {
    level: 'urgent',
    reasons: [{ rule: rule.id, matched: `wording resembles emergency descriptions (model), score ${vote.scores.emergency.toFixed(2)}, but no one is described as having it`, source: rule.source }],
    action: actionFor('urgent', [rule]),
    followUpQuestions: ['Is this happening to you or someone with you right now? If so, and it is severe or sudden, call 911.'],
  };
}

/** The messages since the last professional assessment; that message keeps only its other sentences. */
function conversationSinceAssessment(messages: string[]): string[] {
  let last = -1;
  messages.forEach((m, i) => {
    if (wasAssessedByProfessional(m)) last = i;
  });
  if (last < 0) return messages;
  const remainder = splitSentences(normalize(messages[last]))
    .map((s) => s.text)
    .filter((s) => !professionalAssessment.test(s));
  return [...remainder, ...messages.slice(last + 1)];
}

function dedupe(fired: Fired[]): Fired[] {
  const seen = new Map<string, Fired>();
  for (const f of fired) {
    const before = seen.get(f.rule.id);
    // Prefer the reason found in the current message over one carried from earlier.
    if (!before || (before.earlier && !f.earlier)) seen.set(f.rule.id, f);
  }
  const list = [...seen.values()];
  // When a decided reason exists, the provisional ones at the same level add nothing.
  const decided = list.filter((f) => !f.evidence.provisional);
  return decided.length > 0 ? decided : list;
}

function matchedText(f: Fired, findings: Findings): string {
  const words = f.evidence.concepts.map((c) => findings.matchedText(c)).filter((t): t is string => t !== undefined);
  return [...new Set([...words, ...(f.evidence.notes ?? [])])].join('; ');
}
