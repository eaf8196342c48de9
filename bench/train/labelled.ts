/**
 * The labelled public non-lead sets (issue 9): Apache SpamAssassin's t/data/{spam,nice} and the
 * SpamAssassin public-corpus sample in stdlib-js-datasets-spam-assassin. Every message in them is a
 * non-lead for a leads inbox. Each message is assigned to the training or the held-out half by its
 * SHA-256 (first byte even → train), so the split is fixed by content, not by listing order.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPORA = join(REPO_ROOT, 'test/corpora');

export const LABELLED_SETS = [
  { set: 'sa-spam', dir: 'apache-spamassassin/t/data/spam', label: 'spam' },
  { set: 'sa-nice', dir: 'apache-spamassassin/t/data/nice', label: 'ham' },
  { set: 'sa-public-ham', dir: 'stdlib-js-datasets-spam-assassin/data/easy-ham-1', label: 'ham' },
  { set: 'sa-public-ham', dir: 'stdlib-js-datasets-spam-assassin/data/easy-ham-2', label: 'ham' },
  { set: 'sa-public-ham', dir: 'stdlib-js-datasets-spam-assassin/data/hard-ham-1', label: 'ham' },
  { set: 'sa-public-spam', dir: 'stdlib-js-datasets-spam-assassin/data/spam-1', label: 'spam' },
  { set: 'sa-public-spam', dir: 'stdlib-js-datasets-spam-assassin/data/spam-2', label: 'spam' },
] as const;

export interface LabelledEmail {
  set: (typeof LABELLED_SETS)[number]['set'];
  /** Path relative to test/corpora. */
  file: string;
  label: 'spam' | 'ham';
  raw: Buffer;
  /** Held out from training (SHA-256 first byte odd). */
  heldOut: boolean;
}

/** An mbox envelope line ("From sender date") is not part of the message; the public corpus keeps it. */
function stripMboxEnvelope(raw: Buffer): Buffer {
  if (raw.subarray(0, 5).toString('latin1') !== 'From ') return raw;
  const nl = raw.indexOf(0x0a);
  return nl < 0 ? raw : raw.subarray(nl + 1);
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* filesUnder(p);
    else if (e.isFile()) yield p;
  }
}

export function isHeldOut(raw: Uint8Array): boolean {
  return ((createHash('sha256').update(raw).digest()[0] ?? 0) & 1) === 1;
}

/** All 384 labelled messages, in a stable order. */
export async function loadLabelledSets(): Promise<LabelledEmail[]> {
  const out: LabelledEmail[] = [];
  for (const s of LABELLED_SETS) {
    for await (const path of filesUnder(join(CORPORA, s.dir))) {
      const raw = stripMboxEnvelope(await readFile(path));
      out.push({ set: s.set, file: relative(CORPORA, path), label: s.label, raw, heldOut: isHeldOut(raw) });
    }
  }
  return out;
}
