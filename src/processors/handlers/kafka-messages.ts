import type { RuntimeConfig } from '../../config/runtime.js';
import type { AnalyticsRecord } from '../../schemas/analytics.js';
import type { Lead } from '../../schemas/lead.js';
import type { RejectedEmail } from '../../schemas/rejected.js';
import type { KafkaOutMessage } from '../sinks/kafka-sink.js';
import { encodeRejected, REJECTED_SCHEMA_FINGERPRINT, REJECTED_SCHEMA_NAME } from '../stages/encode.js';

/**
 * The encoders from src/processors/stages/encode.ts the handler uses, injected so the bench can time
 * them and tests can pass fakes.
 */
export interface Encoders {
  encodeLead(lead: Lead): Buffer;
  leadSchemaFingerprint: string;
  encodeAnalytics(record: AnalyticsRecord): Buffer;
}

/**
 * Builds the Kafka messages: a lead for its business's topic, a rejection for the rejected topic.
 * Both carry the schema fingerprint, the lead id and the source in headers, so a consumer can route
 * and de-duplicate without decoding the value.
 */
export function createKafkaMessages(topics: RuntimeConfig['topics'], encoders: Encoders) {
  return {
    lead(lead: Lead): KafkaOutMessage {
      return {
        topic: topics.byBusiness[lead.businessId] ?? topics.leads,
        key: lead.businessId,
        value: encoders.encodeLead(lead),
        headers: {
          'content-type': 'application/vnd.apache.avro; record=io.leadstream.Lead',
          'schema-fingerprint': encoders.leadSchemaFingerprint,
          'lead-id': lead.leadId,
          source: lead.source,
        },
      };
    },
    rejected(r: RejectedEmail): KafkaOutMessage {
      return {
        topic: topics.rejected,
        // Unknown business: key by leadId so those spread over partitions instead of piling on one.
        key: r.businessId ?? r.leadId,
        value: encodeRejected(r),
        headers: {
          'content-type': `application/vnd.apache.avro; record=${REJECTED_SCHEMA_NAME}`,
          'schema-fingerprint': REJECTED_SCHEMA_FINGERPRINT,
          'lead-id': r.leadId,
          source: 'rejected',
          reason: r.reason,
        },
      };
    },
  };
}
