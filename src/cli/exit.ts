/**
 * How every `leadstream` command reports an error: one line `leadstream <command>: <cause>` on stderr,
 * exit 2 for usage errors (a bad flag, number, file or setting the user gave) and 1 for failures
 * (the work itself failed). Commands return `reportError(...)` instead of choosing codes themselves.
 */
import * as z from 'zod';
import { ConfigError } from '../errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Something the user typed is wrong: a flag, a value, a path. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A usage or config error exits 2; anything else is a failure (exit 1). */
export function exitCodeFor(err: unknown): number {
  return err instanceof UsageError || err instanceof ConfigError ? EXIT_USAGE : EXIT_FAILURE;
}

/** Prints the error as one line (no stack) and returns its exit code. */
export function reportError(command: string, err: unknown): number {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`leadstream ${command}: ${message}`);
  return exitCodeFor(err);
}

/** A decimal number as typed on a command line (1000, 2.5, 1e6): "", "abc", "1e", "Infinity" and "0x10" are not. */
const NUMBER_TEXT = z
  .string()
  .trim()
  .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/, 'must be a number')
  .transform(Number);

/**
 * The one parser of numeric flags for every command. `constraint` narrows it (e.g. `z.number().int().positive()`);
 * a miss throws a UsageError naming the flag, its value and the rule broken.
 */
export function parseNumberFlag(
  flag: string,
  text: string,
  constraint: z.ZodType<number, number> = z.number(),
): number {
  const result = NUMBER_TEXT.pipe(constraint).safeParse(text);
  if (!result.success) {
    const why = result.error.issues[0]?.message ?? 'is invalid';
    throw new UsageError(`${flag} ${describe(why)}, got '${text}'`);
  }
  return result.data;
}

/** zod's "Too small: expected number to be >0" reads badly after a flag name; say it plainly. */
function describe(message: string): string {
  if (message.startsWith('must')) return message;
  return `is invalid (${message})`;
}

/** Constraints the commands share, with messages that read well after the flag name. */
export const POSITIVE = z.number().positive('must be greater than 0');
export const NON_NEGATIVE = z.number().min(0, 'must be 0 or more');
export const POSITIVE_INT = z.number().int('must be a whole number').min(1, 'must be at least 1');
export const NON_NEGATIVE_INT = z.number().int('must be a whole number').min(0, 'must be 0 or more');
