// Hints and drafts (DESIGN §4b): what the hint says, and how what was noted before a choice is
// kept in the run, stored compactly, carried through a resume and dropped by going back.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { compactRun, expandRun, isReplayed } from '../../src/session/compact.ts';
import { hintFor } from '../../src/session/hint.ts';
import { runFromSession, sessionAt, sessionFromRun } from '../../src/session/run.ts';
import { MAX_DRAFT_LENGTH, Session } from '../../src/session/session.ts';
import { validateRun } from '../../src/session/validate.ts';
import { categoryOf, type MoveType } from '../../src/sim/moves.ts';

const NOW = '2026-12-03T10:00:00.000Z';
const scenario = loadScenario('kara-and-jake');
const start = (mode: string, seed = 3) => Session.start({ ...scenario, mode, seed });
const meta = { id: 'notes-run', createdAt: NOW, now: NOW };

/** Play a mode choosing `pick` until a partner is flooded before a choice (or give up). */
function untilFlooded(mode: string): Session {
  for (let seed = 1; seed <= 30; seed++) {
    const session = start(mode, seed);
    while (!session.ended) {
      if (Object.values(session.snapshot.partners).some((p) => p.state === 'flooded')) return session;
      // The harshest option on offer, so the path heats up.
      const harsh = session.choices.findIndex(
        (c) => c.move !== null && categoryOf(c.move as MoveType) === 'pressing',
      );
      session.choose(harsh >= 0 ? harsh + 1 : session.choices.length);
    }
  }
  throw new Error('no path floods anyone');
}

describe('hints', () => {
  it('say what to notice in the room, never which option to take', () => {
    const session = start('counselor');
    const hint = hintFor(session);
    expect(hint.length).toBeGreaterThan(0);
    const text = hint.join(' ');
    for (const choice of session.choices) expect(text).not.toContain(choice.text);
    expect(text).not.toMatch(/\b(choose|pick|option|you should)\b/i);
  });

  it('name a flooded partner and their heart rate first', () => {
    const session = untilFlooded('counselor');
    const [first] = hintFor(session);
    const [id, flooded] = Object.entries(session.snapshot.partners)
      .filter(([, p]) => p.state === 'flooded')
      .sort(([, a], [, b]) => b.heartRate - a.heartRate)[0];
    const name = scenario.manifest.partners.find((p) => p.id === id)!.name;
    expect(first).toContain(`${name}'s heart rate is ${Math.round(flooded.heartRate)} bpm`);
    expect(first).toMatch(/flooding line/);
  });

  it("speak of the player's own body as theirs", () => {
    const session = untilFlooded('pursuer');
    const hint = hintFor(session).join(' ');
    if (session.snapshot.partners.kara.state === 'flooded') expect(hint).toMatch(/^Your heart rate/);
    else expect(hint).toMatch(/Jake/);
  });

  it('give nothing once the story has ended', () => {
    const session = start('counselor');
    while (!session.ended) session.choose(1);
    expect(hintFor(session)).toEqual([]);
    expect(session.takeHint()).toBe('');
  });
});

describe('notes before a choice', () => {
  it('keep a hint once per choice point and a draft trimmed and bounded, and put both in the run', () => {
    const session = start('counselor');
    const hint = session.takeHint();
    expect(session.takeHint()).toBe(hint);
    session.noteDraft(`  ${'x'.repeat(MAX_DRAFT_LENGTH + 50)}  `);
    expect(session.drafts[0].text).toHaveLength(MAX_DRAFT_LENGTH);
    session.noteDraft('  Slow them down first.  ');
    session.choose(1);
    session.noteDraft('   ');
    expect(session.hints).toEqual([{ choice: 0, text: hint }]);
    expect(session.drafts).toEqual([{ choice: 0, text: 'Slow them down first.' }]);
    const record = validateRun(JSON.parse(JSON.stringify(runFromSession(session, meta))));
    expect(record.hints).toEqual(session.hints);
    expect(record.drafts).toEqual(session.drafts);
    // Last in the record, and absent from a run with none, so older runs stay byte for byte.
    expect(Object.keys(record).slice(-2)).toEqual(['hints', 'drafts']);
    expect(Object.keys(runFromSession(start('counselor'), meta))).not.toContain('hints');
  });

  it('are stored compactly and come back exactly from a replay', () => {
    const session = start('counselor');
    session.takeHint();
    session.noteDraft('What were you feeling, Kara?');
    session.choose(2);
    session.choose(1);
    const record = JSON.parse(JSON.stringify(runFromSession(session, meta)));
    const stored = compactRun(record, scenario);
    expect(isReplayed(stored)).toBe(true);
    const { run, exact } = expandRun(structuredClone(stored), scenario);
    expect(exact).toBe(true);
    expect(run).toEqual(record);
  });

  it('survive a resume, and going back to a choice drops what was noted there and after', () => {
    const session = start('counselor');
    session.noteDraft('first');
    session.choose(1);
    session.takeHint();
    session.noteDraft('second');
    session.choose(1);
    session.noteDraft('third, not yet chosen');
    const record = JSON.parse(JSON.stringify(runFromSession(session, meta)));
    const resumed = sessionFromRun(record, scenario);
    expect(resumed.drafts.map((d) => d.text)).toEqual(['first', 'second', 'third, not yet chosen']);
    const back = sessionAt(record, 1, scenario);
    expect(back.drafts.map((d) => d.text)).toEqual(['first']);
    expect(back.hints).toEqual([]);
    session.rewind(1);
    expect(session.drafts.map((d) => d.text)).toEqual(['first']);
  });

  it('are refused when forged: past the last choice point, noted twice, or too long', () => {
    const session = start('counselor');
    session.choose(1);
    const record = JSON.parse(JSON.stringify(runFromSession(session, meta)));
    const forged = (notes: unknown) => () => validateRun({ ...record, drafts: notes });
    expect(forged([{ choice: 0, text: 'ok' }])).not.toThrow();
    expect(forged([{ choice: 99, text: 'x' }])).toThrow(/drafts\[0\]\.choice is past the last choice point/);
    expect(
      forged([
        { choice: 0, text: 'a' },
        { choice: 0, text: 'b' },
      ]),
    ).toThrow(/noted twice/);
    expect(forged([{ choice: 0, text: 'x'.repeat(MAX_DRAFT_LENGTH + 1) }])).toThrow(/longer than/);
    expect(forged('nope')).toThrow(/drafts must be a list/);
    expect(() => validateRun({ ...record, hints: [{ choice: -1, text: 'x' }] })).toThrow(
      /hints\[0\]\.choice/,
    );
  });
});
