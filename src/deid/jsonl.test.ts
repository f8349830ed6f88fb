import { describe, expect, it } from 'vitest';
import { processJsonl } from './jsonl.ts';
import type { JsonlOptions } from './jsonl.ts';

async function run(input: Array<string | Uint8Array>, options: JsonlOptions) {
  const out = [];
  for await (const o of processJsonl((async function* () { yield* input; })(), options)) out.push({ ok: o.ok, value: JSON.parse(o.output) });
  return out;
}

describe('JSONL protocol of galen deid text', () => {
  it('writes spans on the input text, or the transformed text, one line per input', async () => {
    const line = JSON.stringify({ id: 'n1', text: 'Seen by Dr. Ana Ruiz on 01/02/2023.' }) + '\n';
    const [spans] = await run([line], { mode: 'spans', profile: 'safe-harbor' });
    expect(spans!.value.text).toBe('Seen by Dr. Ana Ruiz on 01/02/2023.');
    expect(spans!.value.spans.map((s: { type: string }) => s.type)).toEqual(['NAME', 'DATE']);
    const [redacted] = await run([line], { mode: 'redact', profile: 'safe-harbor' });
    expect(redacted!.value.text).toBe('Seen by Dr. [NAME] on [DATE].');
    // A fixed key makes the surrogates reproducible, so a chance surrogate equal to a real name cannot flake the test.
    const fixed = { secret: '5'.repeat(64), dateOffsetDays: 17, surrogateId: '00000000-0000-4000-8000-000000000001' };
    const [surrogate] = await run([line], { mode: 'surrogate', profile: 'safe-harbor', keyFor: () => fixed });
    expect(surrogate!.value.text).toMatch(/^Seen by Dr\. \S+(?: \S+)+ on 2023\.$/); // surrogate names may be several words
    expect(surrogate!.value.text).not.toContain('Ruiz');
  });

  it('keeps surrogates consistent across notes of one patient', async () => {
    const lines = ['a', 'b'].map((id) => JSON.stringify({ id, patient: 'P1', text: 'Mrs. Quintana called.' }) + '\n');
    const [a, b] = await run(lines, { mode: 'surrogate', profile: 'safe-harbor' });
    expect(a!.value.text).toBe(b!.value.text);
  });

  it('refuses bad lines with a clear error, without echoing the text, and goes on', async () => {
    const input = [
      'not json\n',
      JSON.stringify({ id: 'x', text: 42 }) + '\n',
      new Uint8Array([...Buffer.from('{"id":"y","text":"caf'), 0xe9, ...Buffer.from('"}\n')]),
      '\n',
      JSON.stringify({ id: 'z', text: '' }) + '\r\n',
    ];
    const out = await run(input, { mode: 'spans', profile: 'safe-harbor' });
    expect(out.map((o) => o.ok)).toEqual([false, false, false, true]);
    expect(out[0]!.value.error).toMatch(/not valid JSON/);
    expect(out[1]!.value.error).toMatch(/"text" must be a string/);
    expect(out[2]!.value.error).toMatch(/UTF-8/);
    expect(out[3]!.value).toEqual({ id: 'z', text: '', spans: [] });
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from(JSON.stringify({ id: 'm', text: 'Señora Peña, teléfono 917 27 00 83' }) + '\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside "ñ"
    const [o] = await run([bytes.subarray(0, cut), bytes.subarray(cut)], { mode: 'spans', profile: 'safe-harbor' });
    expect(o!.ok).toBe(true);
    expect(o!.value.spans.some((s: { type: string }) => s.type === 'PHONE')).toBe(true);
  });
});
