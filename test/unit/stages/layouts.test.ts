/**
 * Extraction on hand-written layouts the generated corpus does not have (test/fixtures/layouts,
 * named layout-language-charset-encoding): plain-text tables, quoted reply chains, forwards of
 * forwards, CSV and vCard attachments, question labels, required markers, answer arrows, grid HTML,
 * trailing listing/agent blocks. Each also names what must NOT be taken: the business's signature,
 * the platform's support line, a reference number shaped like a phone.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it } from 'vitest';
import {
  type ExtractedExpectation,
  expectExtracted,
  fixtureExtractor,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));
const expected = readExpectations<ExtractedExpectation>(DIR);

let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
beforeAll(async () => {
  extractFixture = await fixtureExtractor(DIR);
});

describe('layouts no profile names', () => {
  itHasAnExpectationForEveryFixture(DIR, expected);

  it.each(Object.entries(expected))('%s', async (name, want) => {
    expectExtracted(await extractFixture(name), want);
  });
});
