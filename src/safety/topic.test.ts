import { describe, expect, it } from 'vitest';
import { describesSomeone, triage } from './triage.ts';

describe('a topic is not an emergency report', () => {
  it('tells a question about a topic from someone describing an experience', () => {
    expect(describesSomeone('high white blood cell count')).toBe(false);
    expect(describesSomeone('top number and bottom number blood pressure meaning')).toBe(false);
    expect(describesSomeone('my dad is slumped in his chair')).toBe(true);
    expect(describesSomeone('28 weeks pregnant and cramps every 5 minutes')).toBe(true);
    expect(describesSomeone('swallowed a box of pills an hour ago')).toBe(true);
  });

  it('never lets the topic gate lower what the rules find', () => {
    expect(triage('crushing chest pain spreading to the left arm and sweating').level).toBe('emergency');
    const topic = triage('fasting glucose of 110');
    expect(topic.level).not.toBe('emergency');
  });
});
