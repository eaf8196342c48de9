import { describe, expect, it } from 'vitest';
import { parseEnvironment } from '../../../src/config/environment.js';
import { runtimeConfig } from '../../../src/config/runtime.js';
import { ConfigError } from '../../../src/errors.js';

const BASE = {
  KAFKA_BROKERS: 'b-1:9098, b-2:9098',
  FIREHOSE_STREAM_NAME: 'analytics',
  CLAIM_CHECK_BUCKET: 'bucket',
};

/** The processor's path: the environment parsed once, then the processor's settings from it. */
const runtimeConfigFromEnv = (env: Record<string, string | undefined>) =>
  runtimeConfig(parseEnvironment(env));

describe('runtimeConfig', () => {
  it('reads the variables the CDK stack sets, with defaults for the rest', () => {
    // Act
    const config = runtimeConfigFromEnv({ ...BASE, KAFKA_AUTH: 'iam', AWS_REGION: 'eu-west-1' });
    // Assess
    expect(config.kafka).toMatchObject({
      brokers: ['b-1:9098', 'b-2:9098'],
      auth: { kind: 'iam', region: 'eu-west-1' },
      compression: 'gzip',
    });
    expect(config.topics).toEqual({ leads: 'leads', byBusiness: {}, rejected: 'rejected' });
    expect(config.claimCheck).toEqual({
      kind: 's3',
      bucket: 'bucket',
      prefix: 'claim-check/',
      region: 'eu-west-1',
    });
  });

  it('reads per-business topics and local endpoints', () => {
    const config = runtimeConfigFromEnv({
      ...BASE,
      CLAIM_CHECK_BUCKET: undefined,
      CLAIM_CHECK_DIR: '/tmp/cc',
      LEADS_TOPIC_BY_BUSINESS: '{"acme":"leads-acme"}',
      FIREHOSE_ENDPOINT: 'http://127.0.0.1:4573',
    });
    expect(config.topics.byBusiness).toEqual({ acme: 'leads-acme' });
    expect(config.firehose.endpoint).toBe('http://127.0.0.1:4573');
    expect(config.claimCheck).toEqual({ kind: 'dir', dir: '/tmp/cc' });
  });

  it.each([
    ['no brokers', { KAFKA_BROKERS: '' }, 'KAFKA_BROKERS'],
    ['a broker without a port', { KAFKA_BROKERS: 'b-1' }, 'KAFKA_BROKERS'],
    ['an unknown auth mode', { KAFKA_AUTH: 'scram' }, 'KAFKA_AUTH'],
    ['IAM without a region', { KAFKA_AUTH: 'iam' }, 'AWS_REGION'],
    ['both claim-check stores', { CLAIM_CHECK_DIR: '/tmp/x' }, 'CLAIM_CHECK_DIR'],
    ['a bad topic map', { LEADS_TOPIC_BY_BUSINESS: '{"acme": "bad topic"}' }, 'LEADS_TOPIC_BY_BUSINESS'],
  ])('rejects %s at init, naming the variable', (_name, override, variable) => {
    expect(() => runtimeConfigFromEnv({ ...BASE, ...override })).toThrow(ConfigError);
    expect(() => runtimeConfigFromEnv({ ...BASE, ...override })).toThrow(variable);
  });
});
