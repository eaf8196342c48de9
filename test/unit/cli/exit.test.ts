import { describe, expect, it } from 'vitest';
import {
  EXIT_FAILURE,
  EXIT_USAGE,
  exitCodeFor,
  NON_NEGATIVE_INT,
  POSITIVE,
  parseNumberFlag,
  UsageError,
} from '../../../src/cli/exit.js';
import { ConfigError } from '../../../src/errors.js';

describe('parseNumberFlag', () => {
  it.each([
    ['42', 42],
    [' 2.5 ', 2.5],
    ['.5', 0.5],
    ['-3', -3],
    ['1e6', 1_000_000],
  ])('reads %o as %o', (text, value) => {
    expect(parseNumberFlag('--n', text)).toBe(value);
  });

  it.each(['', 'abc', '1e', 'Infinity', 'NaN', '0x10', '1,000'])(
    'rejects %o as not a number, naming the flag and the text',
    (text) => {
      expect(() => parseNumberFlag('--rate', text)).toThrow(UsageError);
      expect(() => parseNumberFlag('--rate', text)).toThrow(`--rate must be a number, got '${text}'`);
    },
  );

  it('applies the constraint with a message that reads after the flag name', () => {
    expect(() => parseNumberFlag('--rate', '0', POSITIVE)).toThrow("--rate must be greater than 0, got '0'");
    expect(() => parseNumberFlag('--shards', '1.5', NON_NEGATIVE_INT)).toThrow(
      "--shards must be a whole number, got '1.5'",
    );
    expect(parseNumberFlag('--shards', '0', NON_NEGATIVE_INT)).toBe(0);
  });
});

describe('exitCodeFor', () => {
  it('gives 2 for what the user typed (usage, config) and 1 for failures', () => {
    expect(exitCodeFor(new UsageError('x'))).toBe(EXIT_USAGE);
    expect(exitCodeFor(new ConfigError('x'))).toBe(EXIT_USAGE);
    expect(exitCodeFor(new Error('x'))).toBe(EXIT_FAILURE);
    expect(exitCodeFor('thrown string')).toBe(EXIT_FAILURE);
  });
});
