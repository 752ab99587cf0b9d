/**
 * `SIM_*` is the simulator's own namespace, so a name in it that the simulator
 * does not know is a typo (`SIM_SEEED`) and stops the start instead of being
 * silently ignored. `PAYGATE_*` is shared with the client's config, so unknown
 * names there are left alone.
 */
export function unknownSimKeys(
  env: Readonly<Record<string, string | undefined>>,
  known: readonly string[],
): string[] {
  return Object.keys(env)
    .filter((key) => key.startsWith('SIM_') && !known.includes(key))
    .map((key) => {
      const nearest = closest(key, known);
      return `${key} is not a simulator setting${nearest ? ` (did you mean ${nearest}?)` : ''}; known: ${known.join(', ')}`;
    });
}

function closest(key: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key, name);
    if (distance <= 3 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance with one rolling row. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, substitution));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
