// A small, strict argument parser: `--name value` and `--flag`; an unknown option is an error.
import { UsageError } from './scenarios.ts';

export function parseArgs(
  argv: string[],
  spec: { values: string[]; flags: string[]; pairs?: string[] },
): { values: Record<string, string>; flags: Set<string>; pairs: Record<string, [string, string]> } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const pairs: Record<string, [string, string]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument '${arg}'`);
    const name = arg.slice(2);
    if (spec.flags.includes(name)) flags.add(name);
    else if (spec.pairs?.includes(name)) {
      const [first, second] = [argv[i + 1], argv[i + 2]];
      if (!first || !second || first.startsWith('--') || second.startsWith('--'))
        throw new UsageError(`--${name} needs two values`);
      pairs[name] = [first, second];
      i += 2;
    } else if (spec.values.includes(name)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      values[name] = value;
    } else throw new UsageError(`unknown option '--${name}'`);
  }
  return { values, flags, pairs };
}

type ErrorType = new (...args: never[]) => Error;

/** A file that cannot be read or written (ENOENT, EACCES, EISDIR…) is the user's to fix, not a bug. */
function isIoError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

const firstLine = (text: string) => text.split('\n')[0];

/** How a CLI ends on `error`: an input error (a UsageError or one of `inputErrors`) is one line
 * `error: …` and status 2; anything else is a bug, printed with its stack, status 1. */
export function cliFailure(
  error: unknown,
  inputErrors: readonly ErrorType[],
): { status: 1 | 2; stderr: string } {
  if (error instanceof UsageError || inputErrors.some((type) => error instanceof type) || isIoError(error)) {
    return { status: 2, stderr: `error: ${firstLine((error as Error).message)}\n` };
  }
  return {
    status: 1,
    stderr: `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  };
}

/** Run a CLI body: an input error prints one line and exits 2 (see cliFailure). */
export function runCli(main: () => void | Promise<void>, inputErrors: readonly ErrorType[]): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      const { status, stderr } = cliFailure(error, inputErrors);
      process.stderr.write(stderr);
      process.exit(status);
    });
}
