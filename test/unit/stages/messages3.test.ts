/**
 * Where the customer's message ends, on hand-written notifications of shapes the earlier fixtures
 * do not try (test/fixtures/messages3, named shape-language-charset-encoding): forms that mark
 * required fields (`Label *`, `(Pflichtfeld)`, `[required]`) stacked without blank lines, where
 * the next marked label ends the message; label-like lines the customer typed inside the message
 * ("Budget: 5.000 €" with more prose below), which do not end it; empty message fields ("-",
 * "keine Angabe", "non renseigné", "sin comentarios", a partial entry's "(not filled in)"), which
 * give no message; chat and voicemail transcripts whose later turns and platform lines are not the
 * message; ad digests and demo requests. `notInMessage` names what must stay out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureExtractor } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/messages3/', import.meta.url));

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
