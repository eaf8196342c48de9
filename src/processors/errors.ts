/**
 * One error base for the project. `retriable` decides what a batch does with a failure: a retriable
 * error (a broker or AWS call that may succeed later) fails the record so Lambda retries it; anything
 * else is a bug or bad input and is never retried. Match on `instanceof` or `kind`, never on `name`
 * strings (minification and hand-set names drift).
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

/** The rules config is invalid. Raised at start-up so a bad config fails the init, not a record. */
export class ConfigError extends LeadstreamError {
  override readonly kind = 'config';
}

/** A raw email could not be parsed within the limits. Becomes a rejected result, never a crash. */
export class ParseError extends LeadstreamError {
  override readonly kind = 'parse';
}

/** A sink (Kafka, Firehose) or source (Kinesis, S3) call failed in a way that may succeed on retry. */
export class SinkError extends LeadstreamError {
  override readonly retriable = true;
  override readonly kind = 'sink';
}

/** A sink rejected a record permanently (e.g. larger than the service accepts). Not retried. */
export class PermanentSinkError extends LeadstreamError {
  override readonly kind = 'sink-permanent';
}
