import { describe, expect, it } from 'vitest';
import { toMarkdownTranscript } from '../../src/session/markdown.ts';
import { Session } from '../../src/session/session.ts';
import { fixture } from '../fixtures.ts';

describe('Markdown transcript', () => {
  it('lists every line, choice and coaching note, the model after each move, and the ending', () => {
    const session = Session.start({ ...fixture('tiny'), mode: 'pursuer', seed: 2 });
    session.choose(2);
    session.choose(2);
    const text = toMarkdownTranscript(session);
    expect(text).toMatch(/^# Tiny — As Kara/);
    expect(text).toContain('> **Choice 1 (option 2):** I miss you. Can we talk tonight? _(soft\\_startup)_');
    expect(text).toContain('**Jake:** Sure. After dinner?');
    expect(text).toContain('> _Coach: A harsh start\\-up predicts a harsh ending \\(Gottman\\)._');
    expect(text).toMatch(
      /_Model at minute 1: Kara calm, \d+ bpm; Jake calm, \d+ bpm; pursue\\-withdraw, steady_/,
    );
    // Under seed 2, Kara hears Jake's "Sure. After dinner?" as an attack: the transcript says so.
    expect(text).toContain('_Kara heard it as an attack (a misfire)._');
    expect(text).toContain('**Ending:** Calm');
  });

  it('shows the hint asked for and the draft written beside the choice they came before, as text', () => {
    const session = Session.start({ ...fixture('tiny'), mode: 'pursuer', seed: 2 });
    const hint = session.takeHint();
    session.noteDraft('I *really* want <b>us</b> back');
    session.choose(2);
    const text = toMarkdownTranscript(session);
    const draftAt = text.indexOf('> **Drafted first:** I \\*really\\* want \\<b\\>us\\</b\\> back');
    const hintAt = text.indexOf(`> _Hint asked for: `);
    const choiceAt = text.indexOf('> **Choice 1 (option 2):**');
    expect(hint.length).toBeGreaterThan(10);
    expect(hintAt).toBeGreaterThan(0);
    expect(draftAt).toBeGreaterThan(hintAt);
    expect(choiceAt).toBeGreaterThan(draftAt);
  });

  it('escapes markup in story text', () => {
    const session = Session.start({ ...fixture('tiny'), mode: 'pursuer' });
    session.steps[0].text = '<script>alert(1)</script> *bold*';
    expect(toMarkdownTranscript(session)).toContain('\\<script\\>alert\\(1\\)\\</script\\> \\*bold\\*');
  });
});
