import { describe, expect, it } from 'vitest';
import { triage } from './triage.ts';
import { readFindings } from './findings.ts';

// The rules alone: these tests are about what the lexicon and co-occurrence layer finds.
const level = (text: string, options = {}) => triage(text, { ...options, rulesOnly: true }).level;

describe('red flags found by words that occur together, in any order', () => {
  it.each([
    ['a lot of coughed-up blood', 'I keep coughing and bringing up lots of blood'],
    ['saddle numbness with loss of bladder control', "I can't feel anything between my legs and I've lost control of my bladder"],
    ['a toddler who swallowed medicine', 'my little one swallowed some of nana’s water tablets'],
    ['thoughts of harming a baby', "since the birth I keep picturing myself hurting my baby"],
    ['wanting to be gone for good', 'honestly my family would be better off if I just disappeared'],
    ['farewell signs', "I've been giving away my stuff and said my goodbyes to everyone"],
    ['allergic reaction with a breathing sign', 'she had some sesame at lunch and now she has welts everywhere and a croaky cough'],
    ['black stools', 'my bowel movements have been jet black and I feel weak'],
    ['a chemical in the eye', 'drain cleaner sprayed into my eyes'],
    ['tearing pain', 'a tearing feeling in my upper back out of nowhere'],
    ['eyes open but no answer', 'found him in his chair, his eyes are open but he won’t speak to me'],
    ['a big scald with blisters', 'spilt a pan of boiling water down her legs and the skin is blistering'],
    ['too breathless to talk', 'my asthma is bad, I can only say a word at a time'],
    ['a dose question aimed at not waking up', 'what number of my sleeping tablets would mean I never wake up'],
  ])('%s is an emergency: %s', (_what, text) => {
    expect(level(text)).toBe('emergency');
  });

  it('does not read chest-skin problems as chest pain', () => {
    expect(level('a painful blistery rash on one side of my chest')).not.toBe('emergency');
  });

  it('treats black stools as explained by iron tablets, unless the iron is denied', () => {
    expect(level('my poo is black since I started iron tablets')).not.toBe('emergency');
    expect(level("my poo is black and tarry and I'm not on iron")).toBe('emergency');
  });

  it('needs every part affirmed: a denied part makes no red flag', () => {
    expect(level('my throat and tongue are fine, I had a few peanuts and got a small itchy patch on my arm')).not.toBe('emergency');
    expect(level('spilt boiling water on my hand, no blisters, just red')).not.toBe('emergency');
  });

  it('keeps negation, family history and past events working', () => {
    expect(level('no blood when I cough, just a tickly throat')).not.toBe('emergency');
    expect(level('my grandad coughed up blood before he died of lung cancer, should I be screened?')).not.toBe('emergency');
    expect(level('I had thoughts of harming myself years ago, I am well now')).not.toBe('emergency');
  });

  it('judges time from the clause where the finding begins', () => {
    const f = readFindings('had a baby 2 weeks ago and I keep having thoughts of hurting her');
    expect(f.has('harm_others')).toBe(true);
    expect(f.has('postpartum')).toBe(true);
  });
});

describe('vulnerable people go at least to urgent, with questions', () => {
  it.each([
    ['a baby', 'my 5 month old has diarrhea'],
    ['pregnancy', "I'm 20 weeks pregnant and feel light-headed"],
  ])('%s', (_who, text) => {
    const result = triage(text);
    expect(['emergency', 'urgent']).toContain(result.level);
    if (result.level === 'urgent') expect(result.followUpQuestions?.length).toBeGreaterThan(0);
  });

  it('uses the record: diarrhea on a blood thinner', () => {
    expect(level('some diarrhea since yesterday', { patient: { medications: ['apixaban'] } })).toBe('urgent');
    expect(level('some diarrhea since yesterday')).not.toBe('urgent');
  });

  it('leaves a fever in a baby of 6 months or more to the age-specific fever rules', () => {
    expect(level('she is 9 months old', { history: ['my baby has a fever of 38.3'] })).toBe('self-care');
  });
});

describe('reading numbers and ages in patient words', () => {
  it('reads a temperature given later in the conversation', () => {
    expect(level("just checked, it's 38.2", { history: ['my 6 week old feels hot'] })).toBe('emergency');
  });

  it('reads "my 2yo" as a 2-year-old', () => {
    expect(readFindings('my 2yo has a rash').ageYears).toBe(2);
  });
});
