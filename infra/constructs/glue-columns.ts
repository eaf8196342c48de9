import {
  ANALYTICS_COLUMNS,
  ANALYTICS_PARTITION_KEY,
  type AnalyticsColumn,
  type AnalyticsColumnType,
} from '../../src/schemas/analytics.js';

/**
 * Glue (Hive) type of each analytics column type. `timestamp` is epoch millis in the JSON Firehose receives;
 * the Hive JSON SerDe reads it with the "millis" timestamp format and Parquet stores it as a timestamp.
 */
export const GLUE_TYPES: Readonly<Record<AnalyticsColumnType, string>> = {
  string: 'string',
  int: 'int',
  double: 'double',
  timestamp: 'timestamp',
};

export interface GlueColumn {
  readonly name: string;
  readonly type: string;
  readonly comment: string;
}

/** The Glue table columns, generated from ANALYTICS_COLUMNS in order: never written out a second time. */
export function glueColumns(columns: readonly AnalyticsColumn[] = ANALYTICS_COLUMNS): GlueColumn[] {
  return columns.map((c) => ({ name: c.name, type: GLUE_TYPES[c.type], comment: c.comment }));
}

/** The partition column (`dt`, the Firehose date prefix). */
export function gluePartitionKeys(): GlueColumn[] {
  return [
    {
      name: ANALYTICS_PARTITION_KEY.name,
      type: ANALYTICS_PARTITION_KEY.type,
      comment: ANALYTICS_PARTITION_KEY.comment,
    },
  ];
}
