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

/** Run a CLI body: a UsageError or input error prints one line and exits 2. */
export function runCli(
  main: () => void | Promise<void>,
  usageErrors: (new (...args: never[]) => Error)[],
): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof UsageError || usageErrors.some((type) => error instanceof type)) {
        process.stderr.write(`error: ${(error as Error).message}\n`);
        process.exit(2);
      }
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
