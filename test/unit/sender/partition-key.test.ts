import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createPartitionKeyFn } from '../../../src/sender/partition-key.js';

const email = (headers: string) =>
  Buffer.from(`${headers}\r\nSubject: hi\r\n\r\nTo: body+nottag@example.com\r\n`);

describe('createPartitionKeyFn', () => {
  const keyOf = createPartitionKeyFn({ recipients: { 'sales@dealer.example': 'dealer-1' } });

  it('uses the +tag of the recipient, in the core’s header order', () => {
    expect(keyOf(email('To: Leads <leads+acme@in.example>')).key).toBe('acme');
    expect(keyOf(email('To: leads+acme@in.example\r\nDelivered-To: leads+first@in.example')).key).toBe(
      'first',
    );
    expect(keyOf(email('To: a@b.example,\r\n  "X" <leads+Folded@in.example>')).key).toBe('folded');
  });

  it('prefers an exact recipient mapping from the config', () => {
    expect(keyOf(email('To: leads+acme@in.example\r\nCc: sales@dealer.example')).businessId).toBe('dealer-1');
  });

  it('spreads emails without a business by content hash and never reads the body', () => {
    const a = keyOf(email('To: nobody@in.example'));
    const b = keyOf(email('To: other@in.example'));
    expect(a.businessId).toBeNull();
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^h-[0-9a-f]{32}$/);
  });

  test.prop([fc.uint8Array({ maxLength: 2_000 })])('returns a valid Kinesis key for any bytes', (bytes) => {
    const { key } = keyOf(bytes);
    expect(key.length).toBeGreaterThan(0);
    expect(key.length).toBeLessThanOrEqual(256);
  });
});
