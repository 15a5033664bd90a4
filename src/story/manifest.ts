// The scenario manifest (`stories/<id>/scenario.json`): its shape, and a validator that names
// every problem by its path, so an author sees all of them at once.
import { CYCLE_STAGES, type CycleStage } from '../sim/couple.ts';
import type { PartnerParams, Role } from '../sim/rules.ts';
import type { PartnerSpec, SimSetup } from '../sim/simulation.ts';

export type ModeId = 'pursuer' | 'distancer' | 'counselor';
export const MODE_IDS: readonly ModeId[] = ['pursuer', 'distancer', 'counselor'];

/** What a scenario teaches, as the select screen filters it: a closed list, so ten scenarios
 * share a few words a player can pick from. Each scenario names one to four. */
export const TOPICS = {
  'start-up': 'Starting softly',
  breaks: 'Flooding and breaks',
  space: 'Asking for space',
  boundaries: 'Boundaries',
  roles: 'Roles that switch',
  pressure: 'Guilt and pressure',
  influence: 'Accepting influence',
  reunion: 'Coming back together',
  authenticity: 'Being authentic',
  distance: 'Love at a distance',
  trauma: 'Trauma-informed pacing',
  discernment: 'Staying or leaving',
  'one-partner': 'Working with one partner',
  safety: 'Safety first',
} as const;
export type Topic = keyof typeof TOPICS;

export interface ManifestPartner {
  id: string;
  name: string;
  pronouns: string;
  role: Role;
  portrait: string;
  params: PartnerParams;
  paramNotes: string;
}

export interface ManifestMode {
  id: ModeId;
  label: string;
  /** A partner id, or `counselor`. */
  player: string;
  /** The knot the mode starts at. */
  entry: string;
  blurb: string;
  /** A counselor mode's session length in simulated minutes (about 50 [JOHNSON]): the story reads
   * what is left with `minutes_left()`, and the screen shows the clock. */
  sessionMinutes?: number;
}

export interface ManifestEnding {
  title: string;
  summary: string;
}

export interface ScenarioManifest {
  id: string;
  title: string;
  summary: string;
  adapts: string;
  contentNotes: string[];
  teaches: string;
  /** What it teaches, in the words of TOPICS (for the select screen's filter). */
  topics: Topic[];
  startStage: CycleStage;
  root: string;
  partners: ManifestPartner[];
  modes: ManifestMode[];
  endings: Record<string, ManifestEnding>;
}

export class ManifestError extends Error {
  constructor(
    public readonly file: string,
    public readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ManifestError';
  }
}

const PARAM_RANGES: Record<keyof PartnerParams, [number, number]> = {
  restingHeartRate: [40, 99],
  setPoint: [0, 100],
  inertia: [0, 1],
  pressureSensitivity: [0, 3],
  distanceSensitivity: [0, 3],
  trust: [0, 100],
};

const ID = /^[a-z][a-z0-9-_]*$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validate parsed JSON as a manifest; throws a ManifestError naming every problem. */
export function validateManifest(data: unknown, file = 'scenario.json'): ScenarioManifest {
  const problems: string[] = [];
  const text = (obj: Json, key: string, where: string) => {
    if (typeof obj[key] !== 'string' || (obj[key] as string).trim() === '') {
      problems.push(`${where}${key} must be a non-empty string`);
    }
  };
  if (!isObject(data)) throw new ManifestError(file, ['the manifest must be a JSON object']);
  for (const key of ['id', 'title', 'summary', 'adapts', 'teaches', 'root']) text(data, key, '');
  if (typeof data.id === 'string' && !ID.test(data.id))
    problems.push(`id '${data.id}' must be lower-case letters, digits and dashes`);
  if (!Array.isArray(data.contentNotes) || !data.contentNotes.every((n) => typeof n === 'string')) {
    problems.push('contentNotes must be a list of strings');
  }
  {
    const topics = data.topics;
    if (!Array.isArray(topics) || topics.length < 1 || topics.length > 4)
      problems.push('topics must list one to four topics');
    else
      topics.forEach((topic, i) => {
        if (typeof topic !== 'string' || !Object.hasOwn(TOPICS, topic))
          problems.push(`topics[${i}] must be one of ${Object.keys(TOPICS).join(', ')}`);
      });
  }
  if (!CYCLE_STAGES.includes(data.startStage as CycleStage)) {
    problems.push(`startStage must be one of ${CYCLE_STAGES.join(', ')}`);
  }
  const partnerIds: string[] = [];
  if (!Array.isArray(data.partners) || data.partners.length !== 2) {
    problems.push('partners must list exactly two partners');
  } else {
    data.partners.forEach((partner: unknown, i: number) => {
      const where = `partners[${i}].`;
      if (!isObject(partner)) return problems.push(`partners[${i}] must be an object`);
      for (const key of ['id', 'name', 'pronouns', 'portrait', 'paramNotes']) text(partner, key, where);
      if (typeof partner.id === 'string') {
        if (!ID.test(partner.id) || partner.id === 'counselor')
          problems.push(`${where}id '${partner.id}' is not a usable partner id`);
        partnerIds.push(partner.id);
      }
      if (partner.role !== 'pursuer' && partner.role !== 'distancer')
        problems.push(`${where}role must be pursuer or distancer`);
      if (!isObject(partner.params)) return problems.push(`${where}params must be an object`);
      for (const [key, [low, high]] of Object.entries(PARAM_RANGES)) {
        const value = partner.params[key];
        if (typeof value !== 'number' || !Number.isFinite(value) || value < low || value > high) {
          problems.push(`${where}params.${key} must be a number from ${low} to ${high}`);
        }
      }
      return undefined;
    });
    if (new Set(partnerIds).size !== partnerIds.length) problems.push('partner ids must differ');
  }
  if (!Array.isArray(data.modes) || data.modes.length === 0) {
    problems.push('modes must list at least one mode');
  } else {
    data.modes.forEach((mode: unknown, i: number) => {
      const where = `modes[${i}].`;
      if (!isObject(mode)) return problems.push(`modes[${i}] must be an object`);
      for (const key of ['label', 'entry', 'blurb']) text(mode, key, where);
      if (mode.sessionMinutes !== undefined) {
        const minutes = mode.sessionMinutes;
        if (mode.id !== 'counselor') problems.push(`${where}sessionMinutes is for a counselor mode only`);
        else if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 10 || minutes > 180)
          problems.push(`${where}sessionMinutes must be a whole number of minutes from 10 to 180`);
      }
      if (!MODE_IDS.includes(mode.id as ModeId))
        problems.push(`${where}id must be one of ${MODE_IDS.join(', ')}`);
      const player = mode.player;
      const expected = mode.id === 'counselor' ? ['counselor'] : partnerIds;
      if (typeof player !== 'string' || !expected.includes(player))
        problems.push(`${where}player must be ${expected.join(' or ')}`);
      return undefined;
    });
  }
  if (!isObject(data.endings) || Object.keys(data.endings).length === 0) {
    problems.push('endings must name at least one ending');
  } else {
    for (const [id, ending] of Object.entries(data.endings)) {
      if (!ID.test(id)) problems.push(`endings.${id}: ids are lower-case letters, digits, '-' and '_'`);
      if (!isObject(ending)) problems.push(`endings.${id} must be an object`);
      else for (const key of ['title', 'summary']) text(ending, key, `endings.${id}.`);
    }
  }
  if (problems.length) throw new ManifestError(file, problems);
  return data as unknown as ScenarioManifest;
}

export function simSetupOf(manifest: ScenarioManifest, minutesPerTurn?: number): SimSetup {
  const partners: PartnerSpec[] = manifest.partners.map((p) => ({
    id: p.id,
    role: p.role,
    params: p.params,
  }));
  return { partners, startStage: manifest.startStage, ...(minutesPerTurn ? { minutesPerTurn } : {}) };
}

/** Each partner's name by id. */
export function partnerNames(manifest: ScenarioManifest): Record<string, string> {
  return Object.fromEntries(manifest.partners.map((p) => [p.id, p.name]));
}

export function modeOf(manifest: ScenarioManifest, mode: string): ManifestMode | undefined {
  return manifest.modes.find((m) => m.id === mode);
}
