/**
 * Where the customer's message ends on marketplace and capture-tool notifications
 * (test/fixtures/messages4, named shape-language-charset-encoding): partial form captures, whose
 * capture tool explains itself under the fields and whose message is null when the visitor did not
 * fill it; tutor marketplaces where a parent writes under "About your child", "Nachricht an die
 * Lehrkraft", "Mot pour le professeur", "Comentarios para el profesor"; quote requests whose
 * photo listing follows the description. `notInMessage` names what must stay out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureExtractor } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/messages4/', import.meta.url));

interface Expected {
  email: string;
  message: string | null;
  notInMessage?: string;
}
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, Expected>;

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
});

describe('where the message ends', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const { fields } = await extractFixture(name);
    expect(fields.email).toBe(want.email);
    expect(fields.message).toBe(want.message);
    if (want.notInMessage) expect(fields.message ?? '').not.toContain(want.notInMessage);
  });
});
