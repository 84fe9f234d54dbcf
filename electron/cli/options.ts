// Flags that stand alone, without a value.
const SWITCHES = new Set(['--json', '--booklet']);

/** Splits `FILE --flag value -o OUT` into the positional arguments and the flags. */
export function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('-')) {
      const value = args[i + 1];
      if (SWITCHES.has(arg)) flags.set(arg, 'yes');
      else if (value === undefined || value.startsWith('-')) throw new UsageError(`${arg} needs a value`);
      else {
        flags.set(arg, value);
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, flags };
}

export class UsageError extends Error {}

/** A problem with a file other than the command's FILE, so that the message names that file. */
export class OtherFileError extends Error {
  constructor(
    readonly file: string,
    readonly error: unknown,
  ) {
    super(file);
  }
}

/** Runs `use` on `file`; whatever goes wrong is reported as being about `file`. */
export function about<T>(file: string, use: () => T): T {
  try {
    return use();
  } catch (error) {
    throw new OtherFileError(file, error);
  }
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  flag: string,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
}
