// The hostile corpus through the command line: every crafted file is refused by `play --from-run`
// (and `--compare`) with one `error:` line naming where and why, exit 2, and no stack trace; the
// files that are ours in another encoding read as the browser reads them. The corpus is in
// test/hostile.ts; the browser's import reads the same files in test/e2e/hostile.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLAY_INPUT_ERRORS, runPlay } from '../../src/cli/play.ts';
import { baseRun, HOSTILE_DIR, hostileFiles } from '../hostile.ts';
import { inProcess, spawned } from './in-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'dod-hostile-'));
const cli = (...args: string[]) => inProcess(runPlay, PLAY_INPUT_ERRORS, args);
const files = hostileFiles().map((file) => {
  const path = join(dir, file.file);
  writeFileSync(path, file.content);
  return { ...file, path };
});
const good = join(dir, 'good-run.json');
writeFileSync(good, JSON.stringify(baseRun([2, 1])));

describe('the hostile corpus through npm run play', () => {
  it.each(files.filter((f) => f.refused).map((f) => [f.file, f] as const))(
    'refuses %s in one line, exit 2',
    (_, file) => {
      const outcome = cli('--from-run', file.path, '--json');
      expect(outcome.status).toBe(2);
      expect(outcome.stdout).toBe('');
      const lines = outcome.stderr.split('\n');
      expect(lines).toHaveLength(2); // the line and its newline
      expect(lines[0]).toMatch(new RegExp(`^error: ${file.path}: ${file.refused}$`));
      // Short enough to read, however big the file: the reason quotes a few dozen characters.
      expect(lines[0].length - file.path.length).toBeLessThan(200);
      // The same file as either side of a comparison is refused the same way.
      expect(cli('--compare', good, file.path).stderr).toBe(outcome.stderr);
      // A good run still reads as it did: reading is all the tools do to a file.
      expect(JSON.parse(cli('--from-run', good, '--json').stdout).fromRun.matchesRecording).toBe(true);
    },
  );

  it.each(files.filter((f) => f.accepted).map((f) => [f.file, f] as const))(
    'reads %s as the browser does',
    (_, file) => {
      const outcome = cli('--from-run', file.path, '--json');
      expect(outcome).toMatchObject({ status: 0, stderr: '' });
      expect(JSON.parse(outcome.stdout).fromRun).toMatchObject({ id: file.accepted, matchesRecording: true });
    },
  );

  it('refuses a forged checkpoint from the shell: one line, exit 2 (npm run play -- --from-run)', () => {
    const file = fileURLToPath(new URL('forged-checkpoint-arousal-text.json', HOSTILE_DIR));
    const before = readFileSync(file, 'utf8');
    const outcome = spawned('play', ['--from-run', file]);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(
      `error: ${file}: checkpoints[0].sim.partners.jake.context.arousal must be a number from 0 to 100\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('names a checkpoint that replays differently from the recording, though in range', () => {
    const run = baseRun([2, 1]);
    const context = (run.checkpoints[1].sim.partners.jake as { context: { trust: number } }).context;
    context.trust = context.trust > 50 ? 10 : 90;
    const path = join(dir, 'trust-changed.json');
    writeFileSync(path, JSON.stringify(run));
    expect(JSON.parse(cli('--from-run', path, '--json').stdout).fromRun.matchesRecording).toBe(false);
  });

  it('refuses seeds and choices that a run could not keep', () => {
    const play = ['--scenario', 'kara-and-jake', '--as', 'pursuer'];
    const seed = cli(...play, '--seed', '9'.repeat(400));
    expect(seed.status).toBe(2);
    expect(seed.stderr).toMatch(
      /^error: --seed '9{40}…' must be a whole number from 0 to 9007199254740991\n$/,
    );
    expect(cli(...play, '--seed', String(Number.MAX_SAFE_INTEGER)).status).toBe(0);
    expect(cli(...play, '--choices', `1,${'x'.repeat(500)}`).stderr).toMatch(/^error: choice 'x{40}…' /);
  });
});
