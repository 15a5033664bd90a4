import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ManifestError, validateManifest } from '../../src/story/manifest.ts';

const good = () => JSON.parse(readFileSync('stories/kara-and-jake/scenario.json', 'utf8'));

describe('scenario manifest', () => {
  it('accepts the Kara and Jake manifest', () => {
    expect(validateManifest(good()).partners.map((p) => p.id)).toEqual(['kara', 'jake']);
  });

  it('names every problem by its path', () => {
    const bad = good();
    bad.partners[1].params.inertia = 3;
    bad.partners[0].role = 'chaser';
    bad.modes[2].player = 'kara';
    delete bad.title;
    try {
      validateManifest(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestError);
      expect((error as ManifestError).problems).toEqual([
        'title must be a non-empty string',
        'partners[0].role must be pursuer or distancer',
        'partners[1].params.inertia must be a number from 0 to 1',
        'modes[2].player must be counselor',
      ]);
    }
  });

  it('asks for one to four topics from the closed list, each named where it is wrong', () => {
    const none = good();
    delete none.topics;
    expect(() => validateManifest(none)).toThrow(/topics must list one to four topics/);
    const unknown = good();
    unknown.topics = ['breaks', 'gender'];
    expect(() => validateManifest(unknown)).toThrow(/topics\[1\] must be one of start-up, breaks/);
  });

  it('refuses something that is not a manifest at all', () => {
    expect(() => validateManifest([1, 2])).toThrow(/must be a JSON object/);
  });

  it('argues every shipped partner parameter in paramNotes with the number it has', async () => {
    const { readdirSync } = await import('node:fs');
    for (const id of readdirSync('stories')) {
      const manifest = validateManifest(JSON.parse(readFileSync(`stories/${id}/scenario.json`, 'utf8')));
      for (const partner of manifest.partners) {
        const { restingHeartRate, ...argued } = partner.params;
        expect(restingHeartRate).toBeGreaterThan(0);
        for (const [name, value] of Object.entries(argued)) {
          expect(partner.paramNotes, `${id}: ${partner.id}.${name} = ${value}`).toMatch(
            new RegExp(`\\b${String(value).replace('.', '\\.')}\\b`),
          );
        }
      }
    }
  });
});
