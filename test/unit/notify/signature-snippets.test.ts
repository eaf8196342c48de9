import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from '../../../src/notify/signature.js';

const run = promisify(execFile);
const DOC = new URL('../../../docs/notifications.md', import.meta.url);
const SECRET = 'whsec-snippet-test';
const BODY = JSON.stringify({
  leadId: '0f1e2d3c-0000-8000-8000-000000000001',
  businessId: 'acme',
  note: 'é ✓',
});

/** The code block of `lang` tagged `verify-signature` in docs/notifications.md. */
async function snippet(lang: string): Promise<string> {
  const doc = await readFile(DOC, 'utf8');
  const m = new RegExp(`\`\`\`${lang} verify-signature\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!m?.[1]) throw new Error(`no ${lang} verify-signature block in docs/notifications.md`);
  return m[1];
}

const now = () => Math.floor(Date.now() / 1000);
const cases = () => [
  { name: 'fresh and valid', header: signatureHeader(SECRET, BODY, now()), body: BODY, ok: true },
  { name: 'body changed', header: signatureHeader(SECRET, BODY, now()), body: `${BODY} `, ok: false },
  { name: 'other secret', header: signatureHeader('other', BODY, now()), body: BODY, ok: false },
  {
    name: 'replayed after the window',
    header: signatureHeader(SECRET, BODY, now() - 600),
    body: BODY,
    ok: false,
  },
  { name: 'garbage header', header: 'nonsense', body: BODY, ok: false },
];

describe('webhook signature snippets in docs/notifications.md', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-snippet-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the TypeScript snippet agrees with the signer', async () => {
    // Prepare
    const file = join(dir, 'verify.ts');
    await writeFile(file, await snippet('ts'));
    const { verifyLeadstreamSignature } = (await import(file)) as {
      verifyLeadstreamSignature: (secret: string, header: string, body: string) => boolean;
    };
    // Act
    const results = cases().map((c) => ({
      name: c.name,
      ok: verifyLeadstreamSignature(SECRET, c.header, c.body),
    }));
    // Assess
    expect(results).toEqual(cases().map((c) => ({ name: c.name, ok: c.ok })));
  });

  it('the Python snippet agrees with the signer', async () => {
    // Prepare
    const program = `${await snippet('python')}
import json, sys
for c in json.load(sys.stdin):
    print(json.dumps(verify_leadstream_signature(sys.argv[1], c["header"], c["body"].encode("utf-8"))))
`;
    const input = cases();
    // Act
    const child = run('python3', ['-c', program, SECRET]);
    child.child.stdin?.end(JSON.stringify(input));
    const { stdout } = await child;
    // Assess
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(input.map((c) => c.ok));
  });

  it('our own verifier agrees too, and honours the tolerance', () => {
    for (const c of cases()) expect(verifySignature(SECRET, c.header, c.body, now())).toBe(c.ok);
    expect(verifySignature(SECRET, signatureHeader(SECRET, BODY, 1000), BODY, 1100, 120)).toBe(true);
    expect(verifySignature(SECRET, signatureHeader(SECRET, BODY, 1000), BODY, 1200, 120)).toBe(false);
  });
});
