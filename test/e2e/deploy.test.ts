// The built site as a host serves it: the `_headers` file ships with the build, and `vite preview`
// serves the page with the security headers (no framing, no base or form targets), while the page
// itself carries the same policy in a <meta> tag for hosts that send no headers.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/build/security-headers.ts';
import { E2E_PREFIX, E2E_ROOT } from './global-setup.ts';

const SITE = resolve(E2E_ROOT, `.${E2E_PREFIX}`);
let server: PreviewServer;

beforeAll(async () => {
  server = await preview({
    logLevel: 'silent',
    build: { outDir: SITE },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
});

afterAll(async () => {
  await server?.close();
});

describe('deployment', () => {
  it('ships a _headers file that forbids framing, base and form targets', () => {
    const file = resolve(SITE, '_headers');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('/*\n')).toBe(true);
    expect(text).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
    expect(text).toMatch(/base-uri 'none'/);
    expect(text).toMatch(/form-action 'none'/);
  });

  it('serves the page with the security headers from vite preview', async () => {
    const url = server.resolvedUrls?.local[0];
    expect(url).toBeTruthy();
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name)).toBe(value);
    const csp = response.headers.get('Content-Security-Policy')!;
    for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"])
      expect(csp).toContain(directive);
    // The page carries the policy too, for hosts that send no headers (frame-ancestors needs one).
    const html = (await response.text()).replaceAll('&#39;', "'");
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*base-uri 'none'/,
    );
  });
});
