// Run a CLI's body in this process, ending as the CLI would (cliFailure), so the tests of its
// arguments do not pay for starting Node; each CLI keeps one spawned smoke test.
import { spawnSync } from 'node:child_process';
import { cliFailure } from '../../src/cli/args.ts';

export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

export function inProcess(
  main: (argv: string[]) => string,
  inputErrors: readonly (new (...args: never[]) => Error)[],
  argv: string[],
): CliOutcome {
  try {
    return { status: 0, stdout: main(argv), stderr: '' };
  } catch (error) {
    return { stdout: '', ...cliFailure(error, inputErrors) };
  }
}

/** Spawn the command as `npm run <script>` does (node with tsx), for the one smoke test per CLI. */
export function spawned(script: string, argv: string[]): CliOutcome {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
