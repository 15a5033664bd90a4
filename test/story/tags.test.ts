import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseLineTags, TagError } from '../../src/story/tags.ts';

describe('tags (DESIGN §5)', () => {
  it('parses a partner line: speaker, move with minutes, coach, ending', () => {
    expect(parseLineTags(['speaker:jake', 'move:jake.take_break=20'])).toEqual({
      speaker: 'jake',
      move: { by: 'jake', type: 'take_break', minutes: 20 },
      coach: false,
    });
    expect(parseLineTags(['coach'])).toEqual({ coach: true });
    expect(parseLineTags(['ending:reconnected'])).toEqual({ coach: false, ending: 'reconnected' });
  });

  it('parses a choice: the player move, minutes and a target', () => {
    expect(parseChoiceTags(['move:validate', 'to:jake'])).toEqual({ move: 'validate', to: 'jake' });
    expect(parseChoiceTags(['move:take_break=20'])).toEqual({ move: 'take_break', minutes: 20 });
  });

  it.each([
    [['mood:happy'], /unknown tag '#mood:happy'/],
    [['move:stonewall'], /names who moves/],
    [['move:jake.hug'], /unknown move 'hug'/],
    [['coach:loud'], /takes no value/],
    [['speaker'], /needs an id/],
  ])('refuses the line tags %j', (tags, message) => {
    expect(() => parseLineTags(tags)).toThrow(TagError);
    expect(() => parseLineTags(tags)).toThrow(message);
  });

  it.each([
    [['move:hug'], /unknown move 'hug'/],
    [['move:take_break=soon'], /must be a whole number/],
    [['speaker:kara'], /unknown choice tag/],
  ])('refuses the choice tags %j', (tags, message) => {
    expect(() => parseChoiceTags(tags)).toThrow(message);
  });
});
