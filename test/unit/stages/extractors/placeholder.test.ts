import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../../../src/processors/stages/extractors/placeholder.js';

describe('sample and template values of test pings and previews', () => {
  it.each([
    '{{email}}',
    '{{ contact.phone }}',
    '%email%',
    '*|EMAIL|*',
    'test@example.com',
    'User@Example.org',
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(['jane.doe@example.com', 'test@mail.example', 'Ann {Lee}', '50% off', 'Hello {{name}}, see you'])(
    '%s is not',
    (value) => {
      expect(isPlaceholder(value)).toBe(false);
    },
  );
});
