// Portrait art (see README credits): one SVG per character and stance, bundled by Vite.
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

export function allPortraits(): { key: string; url: string }[] {
  return [...BY_NAME].map(([name, url]) => ({ key: `portrait:${name}`, url }));
}

export const portraitKey = (portrait: string, stance: string): string => `portrait:${portrait}-${stance}`;
