/**
 * Naive reference implementations measured beside the real ones in bench/triage.ts: keyword lists
 * with no negation, history, hypothetical or reassurance handling, no numbers and no patient facts.
 * They show what the assertion logic and the rules add.
 */
import type { RefusalReason, TriageLevel } from '../types.ts';

const emergencyWords =
  /chest pain|chest pressure|heart attack|stroke|face droop|slurred|can't breathe|cannot breathe|not breathing|choking|suicid|kill myself|end my life|overdose|poison|bleach|seizure|unconscious|unresponsive|collapsed|vomiting blood|throwing up blood|black stool|anaphyla|throat (?:is )?(?:swelling|tight)|worst headache|stiff neck|severe pain|heavy bleeding|won't stop bleeding/;
const urgentWords = /fever|temperature|vomit|diarrh|infection|pregnan|bleed|swollen|swelling|rash|faint|dizzy|short of breath|inhaler|sugar|burn/;
const selfCareWords = /cold|runny nose|sneez|sore throat|cough|sting|cut|scrape|sunburn|stye|itch|constipat|heartburn|canker|headache|sprain|back pain|sore/;

export function naiveTriage(message: string): TriageLevel {
  const t = message.toLowerCase();
  if (emergencyWords.test(t)) return 'emergency';
  if (urgentWords.test(t)) return 'urgent';
  if (selfCareWords.test(t)) return 'self-care';
  return 'routine';
}

export function naiveGuard(message: string): RefusalReason | 'allowed' {
  const t = message.toLowerCase();
  if (/ignore|system prompt|you are now|pretend/.test(t)) return 'manipulation';
  if (/husband|wife|mother|father|mom|dad|son|daughter|neighbor|patient \d+|other patients/.test(t)) return 'other-person';
  if (/stop taking|increase|decrease|double|prescribe|refill|switch/.test(t)) return 'medication-change';
  if (/weather|stock|poem|joke|code|script|movie|capital of|bitcoin|world cup/.test(t)) return 'out-of-scope';
  return 'allowed';
}
