import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkStories } from '../../src/story/vite-plugin.ts';
import { FIXTURE_STORIES } from '../fixtures.ts';

/** Build a one-file page that imports the stories, with the plugin reading `storiesDir`; gives
 * each output chunk's code with whether it is the page's entry. */
async function buildChunks(storiesDir: string): Promise<{ entry: boolean; code: string }[]> {
  const root = mkdtempSync(join(tmpdir(), 'dod-vite-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    "import stories from 'virtual:stories';\ndocument.title = JSON.stringify(stories);",
  );
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkStories({ storiesDir })],
    build: { outDir: join(root, 'dist'), write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as {
    output: { type: string; code?: string; isEntry?: boolean }[];
  }[];
  return outputs
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk')
    .map((o) => ({ entry: !!o.isEntry, code: o.code ?? '' }));
}

const buildWith = async (storiesDir: string) => (await buildChunks(storiesDir)).map((c) => c.code).join('\n');

describe('the ink Vite plugin', () => {
  it('compiles every scenario into the bundle at build time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dod-stories-'));
    const { cpSync } = await import('node:fs');
    cpSync(join(FIXTURE_STORIES, 'tiny'), join(dir, 'tiny'), { recursive: true });
    const code = await buildWith(dir);
    expect(code).toContain('tiny_start');
    expect(code).toContain('inkVersion');
  }, 60_000);

  it('lists every manifest in the page, and puts each story in a chunk of its own, loaded when played', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dod-stories-'));
    const { cpSync } = await import('node:fs');
    cpSync(join(FIXTURE_STORIES, 'tiny'), join(dir, 'tiny'), { recursive: true });
    const chunks = await buildChunks(dir);
    const entry = chunks.find((c) => c.entry)!;
    expect(entry.code).toContain('storyVersion');
    expect(entry.code).toContain('title:`Tiny`');
    expect(entry.code).not.toContain('inkVersion');
    const story = chunks.filter((c) => !c.entry && c.code.includes('inkVersion'));
    expect(story).toHaveLength(1);
    expect(story[0].code).toContain('tiny_start');
  }, 60_000);

  it('fails the build with the file and line of an ink error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dod-stories-'));
    const { cpSync } = await import('node:fs');
    cpSync(join(FIXTURE_STORIES, 'broken'), join(dir, 'broken'), { recursive: true });
    await expect(buildWith(dir)).rejects.toThrow(
      /broken\/part\.ink:4: Divert target not found: '-> tiny_nowhere'/,
    );
  }, 60_000);
});
