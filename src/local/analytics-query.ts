import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NoAnalyticsFilesError } from '../errors.js';
import { ANALYTICS_ERROR_PREFIX, ANALYTICS_PREFIX } from './parquet-delivery.js';

/**
 * DuckDB over the local analytics files: the local stand-in for Athena. The view `analytics` reads
 * every Parquet file under `<dir>/analytics/` with the `dt` partition column typed as the Glue
 * table's partition key (a string); `analytics_errors` reads Firehose's error output when present.
 */
export interface AnalyticsQuery {
  /**
   * Runs SQL; rows as JSON-safe values: timestamps as strings, 64/128-bit integers as numbers
   * when they are exact in a double (count(*) is a BIGINT), else as strings.
   */
  run(sql: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }>;
  close(): void;
}

const WIDE_INTEGER_TYPES = new Set(['BIGINT', 'UBIGINT', 'HUGEINT', 'UHUGEINT']);

export async function countFiles(root: string, suffix: string): Promise<number> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith(suffix)).length;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
}

export async function openAnalyticsQuery(dir: string): Promise<AnalyticsQuery> {
  const tableDir = join(dir, ANALYTICS_PREFIX);
  if ((await countFiles(tableDir, '.parquet')) === 0) {
    throw new NoAnalyticsFilesError(`no Parquet files under ${tableDir} yet`);
  }
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const glob = sqlString(join(tableDir, '**', '*.parquet'));
    await connection.run(
      `CREATE VIEW analytics AS SELECT * FROM read_parquet(${glob}, hive_partitioning = true, hive_types = {'dt': VARCHAR}, union_by_name = true)`,
    );
    const errorDir = join(dir, ANALYTICS_ERROR_PREFIX);
    if ((await countFiles(errorDir, '')) > 0) {
      await connection.run(
        `CREATE VIEW analytics_errors AS SELECT * FROM read_json(${sqlString(join(errorDir, '**', '*'))}, format = 'newline_delimited')`,
      );
    }
  } catch (err) {
    connection.closeSync();
    instance.closeSync();
    throw err;
  }
  return {
    async run(sql) {
      const reader = await connection.runAndReadAll(sql);
      const columns = reader.columnNames();
      const wideInts = columns.filter((_, i) => WIDE_INTEGER_TYPES.has(String(reader.columnTypes()[i])));
      const rows = reader.getRowObjectsJson() as Record<string, unknown>[];
      for (const row of rows) {
        for (const c of wideInts) {
          const n = Number(row[c]);
          if (typeof row[c] === 'string' && Number.isSafeInteger(n)) row[c] = n;
        }
      }
      return { columns, rows };
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
