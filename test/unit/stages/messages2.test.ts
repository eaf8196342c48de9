/**
 * Where the customer's message starts and ends on hand-written notifications of kinds the other
 * fixtures do not try (test/fixtures/messages2, named shape-language-charset-encoding): dot-leader
 * labels with the value on the same line or below, emoji before labels, required-field markers in
 * words ("Pflichtangabe", "champ obligatoire"), <dt>/<dd> inside layout cells, <pre> and <textarea>
 * values, messages under a heading block, asides ("Note:", "Hinweis:", "Remarque :") and clock
 * times inside a message, booking remarks, ad forms' custom questions, a referral partner's own
 * note, clinic "reason for visit", forwards with the forwarder's note and a legal footer, reply
 * chains, and personal emails. `notInMessage` names what must stay out: the partner's note, the
 * forwarder's "FYI", the staff block, the next field.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixtureExtractor,
  itHasAnExpectationForEveryFixture,
  readExpectations,
  squash,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/messages2/', import.meta.url));

interface Expected {
  email: string;
  name?: string;
  message: string;
  notInMessage?: string;
}
const expected = readExpectations<Expected>(DIR);

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
});

describe('messages on notification shapes', () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const { fields } = await extractFixture(name);
    expect(fields.email).toBe(want.email);
    if (want.name !== undefined)
      expect(fields.fullName ?? [fields.firstName, fields.lastName].filter(Boolean).join(' ')).toBe(
        want.name,
      );
    expect(squash(fields.message)).toBe(squash(want.message));
    if (want.notInMessage) expect(fields.message).not.toContain(want.notInMessage);
  });
});
