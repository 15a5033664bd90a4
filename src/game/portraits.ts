// Portrait art (see README credits): one SVG per character and stance, bundled by Vite as files
// of their own (only their URLs are in the code), fetched per scenario when it is played.
const FILES = import.meta.glob('../../assets/portraits/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

const BY_NAME = new Map(
  Object.entries(FILES).map(([path, url]) => [path.split('/').pop()!.replace('.svg', ''), url]),
);

/** The URL of a portrait for a stance, falling back to the character's calm face. */
export function portraitUrl(portrait: string, stance: string): string {
  return (
    BY_NAME.get(`${portrait}-${stance}`) ??
    BY_NAME.get(`${portrait}-present`) ??
    BY_NAME.get(`${portrait}-reaching`) ??
    ''
  );
}

/** Every face of these characters (a scenario's partners), to load when that scenario is played. */
export function portraitsOf(portraits: readonly string[]): { key: string; url: string }[] {
  return [...BY_NAME]
    .filter(([name]) => portraits.some((p) => name.startsWith(`${p}-`)))
    .map(([name, url]) => ({ key: `portrait:${name}`, url }));
}

/** The face a partner shows: their stance's, except a flooded partner still fighting, whose attack
 * or protest has become overwhelm. A flooded partner who stonewalls keeps the stonewall's shut
 * face: impassive outside, racing inside (Gottman). */
export function faceOf(reading: { state: string; stance: string }): string {
  const fighting = reading.stance === 'attacking' || reading.stance === 'protesting';
  return reading.state === 'flooded' && fighting ? 'flooded' : reading.stance;
}

export const portraitKey = (portrait: string, stance: string): string => `portrait:${portrait}-${stance}`;
