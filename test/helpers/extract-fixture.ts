/**
 * Extraction of a hand-written fixture email with the built-in rules, as the fixture tests of
 * test/unit/stages run it: parse with the project's mailparser options, then extract for the
 * email's own recipients. Throws when the email does not parse or no profile matches.
 */
import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../../src/config/load.js';
import { createExtractor, type Extracted } from '../../src/processors/stages/extract.js';
import { createParser } from '../../src/processors/stages/parse.js';

export async function fixtureExtractor(dir: string): Promise<(name: string) => Promise<Extracted>> {
  const config = await loadConfig(undefined, {});
  const extractor = createExtractor(config);
  const parse = createParser(config.limits, simpleParser as never);
  return async (name) => {
    const parsed = await parse(await readFile(`${dir}${name}`));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.detail}`);
    const x = extractor.extract(parsed.email, new Set(parsed.email.recipients));
    if (!x) throw new Error(`${name}: no profile matched`);
    return x;
  };
}
