/**
 * `leadstream query [--dir DIR] [--json] "<SQL>"`: SQL over the local analytics Parquet files with
 * DuckDB, the local stand-in for Athena. The view `analytics` has the Glue table's columns plus the
 * `dt` partition; `analytics_errors` holds records Firehose could not convert, when there are any.
 * Exit status: 0 on success, 1 when the query fails or there are no files yet, 2 for usage errors.
 */
import { parseArgs } from 'node:util';
import { NoAnalyticsFilesError } from '../../errors.js';
import { openAnalyticsQuery } from '../../local/analytics-query.js';
import { localS3Dir } from '../../local/paths.js';
import { EXIT_FAILURE, EXIT_USAGE, reportError } from '../exit.js';

const USAGE = `usage: leadstream query [--dir DIR] [--json] "<SQL>"

  Runs SQL with DuckDB over the local analytics files (the local Athena).
  Tables: analytics (partitioned by dt, 'YYYY-MM-DD'), analytics_errors (when present).
  --dir DIR  the local S3 directory (default: $LEADSTREAM_S3_DIR or ${localS3Dir()})
  --json     one JSON object per row per line instead of a table

  example: leadstream query "SELECT dt, source, count(*) AS leads FROM analytics GROUP BY ALL ORDER BY ALL"`;

/** Wider cells are cut with an ellipsis so a long redacted message does not wreck the table. */
const MAX_CELL_CHARS = 60;

export async function run(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    console.error(`leadstream query: ${(err as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const sql = args.positionals.join(' ').trim();
  if (sql.length === 0) {
    console.error(USAGE);
    return EXIT_USAGE;
  }
  const dir = args.values.dir ?? localS3Dir();
  let query: Awaited<ReturnType<typeof openAnalyticsQuery>>;
  try {
    query = await openAnalyticsQuery(dir);
  } catch (err) {
    if (!(err instanceof NoAnalyticsFilesError)) throw err;
    console.error(
      `leadstream query: ${err.message}.\n` +
        'Start the local stack and send some emails first (npm start), or point --dir at another directory.',
    );
    return EXIT_FAILURE;
  }
  try {
    const { columns, rows } = await query.run(sql);
    if (args.values.json) {
      for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    } else {
      process.stdout.write(`${formatTable(columns, rows)}\n`);
    }
    return 0;
  } catch (err) {
    return reportError('query', err);
  } finally {
    query.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** A plain-text table: header, rule, rows, and a row count. Numbers right-aligned. */
export function formatTable(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const cells = rows.map((row) => columns.map((c) => cell(row[c])));
  const numeric = columns.map(
    (c) => rows.length > 0 && rows.every((r) => r[c] === null || typeof r[c] === 'number'),
  );
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] as string))));
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat((widths[i] as number) - width(text));
    return numeric[i] ? gap + text : text + gap;
  };
  const lines = [
    columns.map((c, i) => pad(c, i)).join(' │ '),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...cells.map((r) => r.map((text, i) => pad(text, i)).join(' │ ')),
    `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`,
  ];
  return lines.join('\n');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = (typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(/\s+/g, ' ');
  const chars = [...text];
  return chars.length > MAX_CELL_CHARS ? `${chars.slice(0, MAX_CELL_CHARS - 1).join('')}…` : text;
}

/** Display width in code points: close enough for a terminal table (no East Asian wide handling). */
function width(text: string): number {
  return [...text].length;
}
