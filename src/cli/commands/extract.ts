/**
 * `leadstream extract [--json] [--config FILE] <file|dir>...`: runs the lead core over .eml files.
 *
 * With --json: exactly one JSON object per input email per line,
 *   {"file", "status": "lead"|"rejected"|"error", "lead", "analytics", "reason"}.
 * Without: one readable line per email and totals. The extracted contact is shown: these are the
 * user's own files on the user's own terminal, and showing what was extracted is the point.
 * Exit status: 0 when every input was processed (lead or rejected), 1 if any could not be read,
 * 2 for usage or config errors.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { environment } from '../../config/environment.js';
import { hmacKeySourceFromEnv, loadHmacKey } from '../../config/hmac-key.js';
import { loadConfig } from '../../config/load.js';
import { leadstreamHome } from '../../config/state-dir.js';
import { LeadstreamError } from '../../errors.js';
import { createLeadCore, type LeadCore, warmUp } from '../../processors/core.js';
import { toLeadJson } from '../../processors/stages/encode.js';
import type { ProcessResult } from '../../schemas/result.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../exit.js';

const USAGE = `usage: leadstream extract [--json] [--config FILE] <file|dir>...

  Extracts leads from raw .eml files; directories are read recursively for *.eml.
  --json         one JSON object per email per line: {file, status, lead, analytics, reason}
  --config FILE  rules file merged over the shipped rules (default: $LEADSTREAM_CONFIG)`;

/** The header block is searched for Date: only this far; a longer header is not worth a date. */
const MAX_DATE_SCAN_BYTES = 64 * 1024;

export interface ExtractLine {
  file: string;
  status: 'lead' | 'rejected' | 'error';
  lead: ReturnType<typeof toLeadJson> | null;
  analytics: Record<string, unknown> | null;
  reason: string | null;
  /**
   * Why, for a rejected email: the rejection's detail, as on the rejected topic ("lead score 0.41 <
   * 0.5", "Precedence: bulk"); never the message's text or contact details.
   */
  detail: string | null;
}

export async function run(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    console.error(`leadstream extract: ${(err as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    console.error(USAGE);
    return EXIT_USAGE;
  }
  let core: LeadCore;
  try {
    const config = await loadConfig(args.values.config);
    const hmacKey = await loadHmacKey(hmacKeySourceFromEnv(environment(), leadstreamHome()));
    core = createLeadCore(config, { hmacKey });
    await warmUp(core);
  } catch (err) {
    const msg = err instanceof LeadstreamError ? err.message : `cannot start: ${(err as Error).message}`;
    console.error(`leadstream extract: ${msg}`);
    return EXIT_USAGE;
  }

  const json = args.values.json === true;
  const totals = { lead: 0, rejected: 0, error: 0 };
  for (const input of args.positionals) {
    for await (const file of expand(input)) {
      const line = await processFile(core, file);
      totals[line.status]++;
      process.stdout.write(`${json ? JSON.stringify(line) : humanLine(line)}\n`);
    }
  }
  if (!json) {
    const n = totals.lead + totals.rejected + totals.error;
    console.log(
      `\n${n} email(s): ${totals.lead} lead(s), ${totals.rejected} rejected, ${totals.error} error(s)`,
    );
  }
  return totals.error > 0 ? EXIT_FAILURE : EXIT_OK;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** A file as given, or every *.eml under a directory (sorted, so output order is stable). */
async function* expand(input: string): AsyncGenerator<string> {
  let isDir = false;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch {
    // Unreadable or missing: processFile reports it as an error line for this path.
  }
  if (!isDir) {
    yield input;
    return;
  }
  const entries = await readdir(input, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(input, e.name);
    if (e.isDirectory()) yield* expand(path);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.eml')) yield path;
  }
}

export async function processFile(core: LeadCore, file: string): Promise<ExtractLine> {
  let raw: Buffer;
  let mtime: Date;
  try {
    [raw, mtime] = await Promise.all([readFile(file), stat(file).then((s) => s.mtime)]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      file,
      status: 'error',
      lead: null,
      analytics: null,
      reason: `cannot read file (${code})`,
      detail: null,
    };
  }
  const result: ProcessResult = await core.process(raw, { receivedAt: headerDate(raw) ?? mtime });
  if (result.status === 'lead') {
    return {
      file,
      status: 'lead',
      lead: toLeadJson(result.lead),
      analytics: { ...result.analytics },
      reason: null,
      detail: null,
    };
  }
  const { reason, detail } = result.rejection;
  return { file, status: 'rejected', lead: null, analytics: null, reason, detail };
}

/** The email's own Date header (RFC 5322 §3.6.1), if present and valid. */
export function headerDate(raw: Buffer): Date | null {
  const window = raw.subarray(0, Math.min(raw.length, MAX_DATE_SCAN_BYTES)).toString('latin1');
  const end = window.search(/\r?\n\r?\n/);
  const head = end < 0 ? window : window.slice(0, end);
  const m = /^date:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(head);
  if (!m?.[1]) return null;
  const d = new Date(
    m[1]
      .replace(/\r?\n[ \t]+/g, ' ')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim(),
  );
  return Number.isNaN(d.getTime()) ? null : d;
}

function humanLine(line: ExtractLine): string {
  if (line.status === 'lead' && line.lead) {
    const l = line.lead;
    const c = l.contact;
    const who = [c.fullName, c.email ? `<${c.email}>` : null, c.phone].filter(Boolean).join(' ');
    return `lead      ${line.file}  [${l.source}/${l.extraction.ruleId} ${l.extraction.confidence.toFixed(2)}] ${l.businessId}: ${who}`;
  }
  const why = line.detail ? `${line.reason}: ${line.detail}` : (line.reason ?? '');
  return `${line.status.padEnd(9)} ${line.file}  ${why}`;
}
