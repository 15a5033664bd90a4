// Compiles ink with inkjs's own compiler. Used by the Vite plugin, the tests and the CLIs alike,
// so a story compiles the same way everywhere.
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkDiagnostic {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface CompileResult {
  /** Compiled story JSON (no BOM), or null when compilation failed. */
  json: string | null;
  errors: InkDiagnostic[];
  warnings: InkDiagnostic[];
}

export class InkCompileError extends Error {
  constructor(public readonly diagnostics: InkDiagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InkCompileError';
  }
}

export function formatDiagnostic(d: InkDiagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}

const BOM = /^\uFEFF/;

/** inkjs reports e.g. "ERROR: 'as-kara.ink' line 12: Expected ..." (file part absent for the root). */
const DIAGNOSTIC =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*(.*)$/s;

export function parseDiagnostic(
  raw: string,
  rootFile: string,
  fallbackSeverity: 'error' | 'warning',
): InkDiagnostic {
  const match = DIAGNOSTIC.exec(raw.trim());
  if (!match) return { file: rootFile, line: 0, message: raw.trim(), severity: fallbackSeverity };
  const [, kind, file, line, message] = match;
  return {
    file: file ?? rootFile,
    line: Number(line),
    message: message.trim(),
    severity: kind.includes('WARNING') || kind === 'TODO' ? 'warning' : 'error',
  };
}

/**
 * Compile `rootFile` from `files` (name → source). INCLUDEs resolve against the same map.
 * Visit counts are kept for every container so the checks can tell which knots a path reached.
 */
export function compileInk(files: Record<string, string>, rootFile: string): CompileResult {
  const sources: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) sources[name] = text.replace(BOM, '');
  const errors: InkDiagnostic[] = [];
  const warnings: InkDiagnostic[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      const text = sources[name];
      if (text === undefined) throw new Error(`INCLUDE of '${name}' names no file in this scenario`);
      return text;
    },
  };
  const onError = (message: string, type: number) => {
    // ErrorType: 0 = author TODO, 1 = warning, 2 = error
    const severity = type === 2 ? 'error' : 'warning';
    (severity === 'error' ? errors : warnings).push(parseDiagnostic(message, rootFile, severity));
  };
  const source = sources[rootFile];
  if (source === undefined) {
    return {
      json: null,
      errors: [{ file: rootFile, line: 0, message: 'file not found', severity: 'error' }],
      warnings,
    };
  }
  let json: string | null = null;
  try {
    const compiler = new Compiler(source, new CompilerOptions(rootFile, [], true, onError, fileHandler));
    const story = compiler.Compile();
    if (errors.length === 0 && story) json = story.ToJson()?.replace(BOM, '') ?? null;
  } catch (error) {
    if (errors.length === 0) {
      errors.push({
        file: rootFile,
        line: 0,
        message: error instanceof Error ? error.message : String(error),
        severity: 'error',
      });
    }
  }
  return { json: errors.length ? null : json, errors, warnings };
}
