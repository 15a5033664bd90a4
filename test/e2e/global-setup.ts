// Builds the game once into a nested folder, to prove the build works from any folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const E2E_ROOT = resolve('test-results/e2e-site');
export const E2E_PREFIX = '/some/folder/dance/';

export default function setup(): void {
  rmSync(E2E_ROOT, { recursive: true, force: true });
  mkdirSync(E2E_ROOT, { recursive: true });
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', resolve(E2E_ROOT, `.${E2E_PREFIX}`), '--emptyOutDir'],
    {
      stdio: 'inherit',
    },
  );
  console.log(`e2e: screenshots go to ${resolve('test-results/screenshots')}`);
}
