/**
 * Remembers the results of the latest `limit` keys of a pure function. One patient message is read by
 * triage, the misuse guard and the safety net in turn; what they read from it depends on its text alone.
 */
export function rememberRecent<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const recent = new Map<string, V>();
  return (key) => {
    if (recent.has(key)) return recent.get(key) as V;
    const value = compute(key);
    if (recent.size >= limit) recent.delete(recent.keys().next().value as string);
    recent.set(key, value);
    return value;
  };
}
