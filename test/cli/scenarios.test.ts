import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCached, COMPILE_CACHE_DIR, forgetCompiledInMemory } from '../../src/cli/scenarios.ts';
import { compileInk } from '../../src/story/compile.ts';

const story = (line: string) => ({
  'main.ink': `VAR n = 0\n${line}\n* [Go] Gone. #ending:calm\n-> END\n`,
});
const unique = () => `Cache test ${process.pid} ${Date.now()} ${Math.random()}.`;

describe('compileCached', () => {
  // The entries these tests make are removed afterwards; the stories' own entries stay.
  const listEntries = () => (existsSync(COMPILE_CACHE_DIR) ? readdirSync(COMPILE_CACHE_DIR) : []);
  let before: Set<string>;
  beforeAll(() => {
    before = new Set(listEntries());
  });
  afterAll(() => {
    for (const f of listEntries()) if (!before.has(f)) rmSync(join(COMPILE_CACHE_DIR, f), { force: true });
  });

  it('gives what compileInk gives, and keeps it on disk for the next process', () => {
    const files = story(unique());
    const cached = compileCached(files, 'main.ink');
    expect(cached).toEqual(compileInk(files, 'main.ink'));
    const entries = readdirSync(COMPILE_CACHE_DIR).filter((f) => f.endsWith('.json'));
    const stored = entries.map((f) => readFileSync(join(COMPILE_CACHE_DIR, f), 'utf8'));
    expect(stored).toContain(JSON.stringify(cached));
  });

  it('compiles a changed source afresh, errors included', () => {
    const line = unique();
    const good = compileCached(story(line), 'main.ink');
    const broken = compileCached(story(`${line}\n~ n = `), 'main.ink');
    expect(good.json).not.toBeNull();
    expect(broken.json).toBeNull();
    expect(broken.errors[0]).toMatchObject({ file: 'main.ink', line: 3 });
  });

  it('recompiles over a damaged entry', () => {
    const files = story(unique());
    const first = compileCached(files, 'main.ink');
    const entry = readdirSync(COMPILE_CACHE_DIR).find(
      (f) =>
        f.endsWith('.json') && readFileSync(join(COMPILE_CACHE_DIR, f), 'utf8') === JSON.stringify(first),
    )!;
    writeFileSync(join(COMPILE_CACHE_DIR, entry), '{"json": nul');
    forgetCompiledInMemory();
    expect(compileCached(files, 'main.ink')).toEqual(first);
    expect(readFileSync(join(COMPILE_CACHE_DIR, entry), 'utf8')).toBe(JSON.stringify(first));
  });
});
