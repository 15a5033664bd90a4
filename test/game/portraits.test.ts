import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadManifest, scenarioIds } from '../../src/cli/scenarios.ts';
import { faceOf, portraitsOf } from '../../src/game/portraits.ts';
import { STANCE_WORDS } from '../../src/game/words.ts';

/** A face for every stance of the model (both roles', as roles flip). */
const FACES = Object.keys(STANCE_WORDS);

describe('portraits', () => {
  it('shows a flooded fighter overwhelmed, and a flooded stonewaller shut, as the stonewall looks (Gottman)', () => {
    expect(faceOf({ state: 'flooded', stance: 'attacking' })).toBe('flooded');
    expect(faceOf({ state: 'flooded', stance: 'protesting' })).toBe('flooded');
    expect(faceOf({ state: 'escalated', stance: 'attacking' })).toBe('attacking');
    expect(faceOf({ state: 'flooded', stance: 'stonewalling' })).toBe('stonewalling');
    expect(faceOf({ state: 'calm', stance: 'present' })).toBe('present');
  });

  it('has every face for every partner of every scenario, and loads only that scenario’s', () => {
    for (const id of scenarioIds()) {
      const portraits = loadManifest(id).partners.map((p) => p.portrait);
      for (const portrait of portraits)
        for (const face of [...FACES, 'flooded'])
          expect(existsSync(`assets/portraits/${portrait}-${face}.svg`), `${portrait}-${face}`).toBe(true);
      const loaded = portraitsOf(portraits).map((f) => f.key);
      expect(loaded).toHaveLength(portraits.length * (FACES.length + 1));
      expect(loaded.every((key) => portraits.some((p) => key.startsWith(`portrait:${p}-`)))).toBe(true);
    }
  });
});
