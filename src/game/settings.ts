// Player settings, kept in localStorage. Anything unreadable falls back to the default for that
// setting alone, so one bad value never resets the rest.

export type TextSpeed = 'slow' | 'normal' | 'fast' | 'instant';
export type MotionSetting = 'system' | 'reduced' | 'full';
export type TextSize = 100 | 125 | 150;

export interface Settings {
  textSpeed: TextSpeed;
  motion: MotionSetting;
  textSize: TextSize;
  sound: boolean;
  coaching: boolean;
  /** A "what to notice" button before each choice (DESIGN §4b); off by default. */
  hints: boolean;
  /** Type what you would say before the options are shown; off by default. */
  drafts: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  textSpeed: 'normal',
  motion: 'system',
  textSize: 100,
  sound: true,
  coaching: true,
  hints: false,
  drafts: false,
};

const KEY = 'dance-of-distance.settings.v1';

/** Characters per second for the line reveal. */
export const CHARACTERS_PER_SECOND: Record<TextSpeed, number> = {
  slow: 30,
  normal: 60,
  fast: 140,
  instant: Infinity,
};

export function parseSettings(raw: string | null): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  if (!raw) return settings;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(raw);
  } catch {
    return settings;
  }
  if (typeof data !== 'object' || data === null) return settings;
  if (['slow', 'normal', 'fast', 'instant'].includes(data.textSpeed as string))
    settings.textSpeed = data.textSpeed as TextSpeed;
  if (['system', 'reduced', 'full'].includes(data.motion as string))
    settings.motion = data.motion as MotionSetting;
  if ([100, 125, 150].includes(data.textSize as number)) settings.textSize = data.textSize as TextSize;
  if (typeof data.sound === 'boolean') settings.sound = data.sound;
  if (typeof data.coaching === 'boolean') settings.coaching = data.coaching;
  if (typeof data.hints === 'boolean') settings.hints = data.hints;
  if (typeof data.drafts === 'boolean') settings.drafts = data.drafts;
  return settings;
}

export function loadSettings(storage: Storage = localStorage): Settings {
  try {
    return parseSettings(storage.getItem(KEY));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(settings: Settings, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

export function prefersReducedMotion(settings: Settings): boolean {
  if (settings.motion === 'reduced') return true;
  if (settings.motion === 'full') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
