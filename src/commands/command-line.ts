import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config.js';

/** Exit code of a command called wrongly (an unknown option, a bad value), as shells use it. */
export const USAGE_EXIT_CODE = 2;

/** Says what is wrong with the command line, then how to call the command, and exits with 2. */
export function usageError(problem: string | undefined, usage: string): never {
  console.error(problem ? `${problem}\n\n${usage}` : usage);
  process.exit(USAGE_EXIT_CODE);
}

/**
 * node:util parseArgs, with an unknown option or a missing value answered by the message, the
 * usage and exit code 2 instead of a TypeError stack.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    return usageError((error as Error).message, usage);
  }
}

/** A whole number of at least `min`, or the usage and exit 2. */
export function wholeNumber(option: string, value: string | undefined, min: number, usage: string): number {
  const number = Number(value);
  if (value === undefined || !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min) {
    usageError(`${option} must be a whole number of at least ${min}, got '${value ?? ''}'`, usage);
  }
  return number;
}

/**
 * Runs a command's main and exits with its code. Errors the command expects (a bad folder, an
 * unreachable database, ...) print their one-line message; a configuration error exits 2 like
 * any other wrong call; anything else prints in full and exits 1.
 */
export function runCommand(main: () => Promise<number>, expected: readonly (abstract new (...args: never[]) => Error)[]): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = error instanceof ConfigError || expected.some((type) => error instanceof type);
      console.error(known ? (error as Error).message : error);
      process.exit(error instanceof ConfigError ? USAGE_EXIT_CODE : 1);
    },
  );
}
