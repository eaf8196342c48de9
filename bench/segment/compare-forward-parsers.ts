/**
 * Measures forward segmentation on the generated corpus: our `unwrapForwarded` against the npm
 * libraries `email-forward-parser` (forwards) and `email-reply-parser` (quoted replies). For every
 * inline forward in the corpus it checks that a forward is detected, that the inner From is read,
 * and that the inner body still holds the customer's email (or phone) while the forwarder's note
 * above the marker is gone. The result is recorded in docs/segmentation.md.
 *
 *   npx tsx bench/segment/compare-forward-parsers.ts [--count 3000] [--seed 31337]
 */
import { parseArgs } from 'node:util';
import EmailForwardParser from 'email-forward-parser';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../../src/config/load.js';
import { generateCorpus } from '../../src/corpus/generate.js';
import { renderHtml } from '../../src/processors/stages/extractors/html.js';
import { createParser } from '../../src/processors/stages/parse.js';
import { unwrapForwarded } from '../../src/processors/stages/segment.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '3000' }, seed: { type: 'string', default: '31337' } },
});
const config = await loadConfig(undefined, {});
const parse = createParser(config.limits, simpleParser as never);
const efp = new EmailForwardParser();

interface Tally {
  detected: number;
  from: number;
  customerKept: number;
  noteDropped: number;
  micros: number;
}
const tally = (): Tally => ({ detected: 0, from: 0, customerKept: 0, noteDropped: 0, micros: 0 });
const ours = tally();
const lib = tally();
let n = 0;
for (const email of generateCorpus({ count: Number(values.count), seed: Number(values.seed) })) {
  if (!/-fwd-(?!rfc822)/.test(email.name) || email.expected.kind !== 'lead') continue;
  const parsed = await parse(email.raw);
  if (!parsed.ok) continue;
  const p = parsed.email;
  const body = p.text.trim() ? p.text : renderHtml(p.html, () => false);
  const needle = email.expected.email ?? email.expected.phone?.slice(-4) ?? '';
  const note = body.split('\n').find((l) => l.trim().length > 15) ?? '';
  n++;
  let t0 = performance.now();
  const o = unwrapForwarded(body);
  ours.micros += (performance.now() - t0) * 1000;
  if (o) {
    ours.detected++;
    if (o.headers.from) ours.from++;
    if (o.body.includes(needle)) ours.customerKept++;
    if (!o.body.includes(note)) ours.noteDropped++;
  }
  t0 = performance.now();
  const r = efp.read(body, p.subject);
  lib.micros += (performance.now() - t0) * 1000;
  if (r.forwarded) {
    lib.detected++;
    if (r.email?.from?.address) lib.from++;
    if ((r.email?.body ?? '').includes(needle)) lib.customerKept++;
    if (!(r.email?.body ?? '').includes(note)) lib.noteDropped++;
  }
}
const pct = (k: number) => `${((100 * k) / Math.max(n, 1)).toFixed(1)}%`;
console.log(`inline forwards: ${n}`);
console.log('segmenter               detected  innerFrom  customerKept  noteDropped  µs/email');
for (const [name, t] of [
  ['ours (segment.ts)', ours],
  ['email-forward-parser', lib],
] as const) {
  console.log(
    `${name.padEnd(22)} ${pct(t.detected).padStart(9)} ${pct(t.from).padStart(10)} ${pct(t.customerKept).padStart(13)} ${pct(t.noteDropped).padStart(12)} ${(t.micros / Math.max(n, 1)).toFixed(0).padStart(9)}`,
  );
}
