/**
 * Every error the project throws on purpose, in one place. One base: `retriable` decides what a batch
 * does with a failure. A retriable error (a broker or AWS call that may succeed later) fails the record
 * so Lambda retries it; anything else is a bug or bad input, is never retried, and sends the record to
 * the rejected topic with its reason. Match on `instanceof` or `kind`, never on `name` strings
 * (minification and hand-set names drift).
 */
export class LeadstreamError extends Error {
  readonly retriable: boolean = false;
  readonly kind: string = 'leadstream';
  /** Non-PII context, e.g. a record's sequence number or a rule id. */
  readonly context: Readonly<Record<string, string | number>>;

  constructor(message: string, options: { cause?: unknown; context?: Record<string, string | number> } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.context = options.context ?? {};
  }
}

/** A setting is invalid (rules file, environment, CDK context). Raised at start-up, never at a record. */
export class ConfigError extends LeadstreamError {
  override readonly kind = 'config';
}

/** A sink (Kafka, Firehose) or source (Kinesis, S3) call failed in a way that may succeed on retry. */
export class SinkError extends LeadstreamError {
  override readonly retriable = true;
  override readonly kind = 'sink';
}

/** A sink rejected a record permanently (e.g. larger than the service accepts, or not encodable). Not retried. */
export class PermanentSinkError extends LeadstreamError {
  override readonly kind = 'sink-permanent';
}

/** A claim-check pointer names an object that does not exist. Not retriable: it will not appear later. */
export class ClaimCheckMissingError extends LeadstreamError {
  override readonly kind = 'claim-check-missing';
}

/** A claim-check object's bytes do not hash to the pointer's sha256. Not retriable. */
export class ClaimCheckCorruptError extends LeadstreamError {
  override readonly kind = 'claim-check-corrupt';
}

/** The topics custom resource was asked for something Kafka cannot do (bad name, fewer partitions). */
export class TopicPlanError extends LeadstreamError {
  override readonly kind = 'topic-plan';
}

/** A local service (Kafka broker, Kinesis server) could not be fetched, started or stopped. */
export class LocalServiceError extends LeadstreamError {
  override readonly kind = 'local-service';
}

/** `query` found no Parquet files to read yet. */
export class NoAnalyticsFilesError extends LeadstreamError {
  override readonly kind = 'no-analytics-files';
}

/** One analytics record the local Firehose cannot convert to Parquet (it goes to the errors prefix). */
export class AnalyticsRecordError extends LeadstreamError {
  override readonly kind = 'analytics-record';
}

/** An error the local Firehose server answers with: the AWS error type and its HTTP status. */
export class FirehoseApiError extends LeadstreamError {
  override readonly kind = 'firehose-api';
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}
