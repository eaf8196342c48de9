import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METRIC_NAMES, powertoolsMetrics } from '../../../src/processors/handlers/observability.js';

describe('powertoolsMetrics', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('emits EMF in the Leadstream namespace, RecordsRejected with a reason dimension', () => {
    // Prepare
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const metrics = powertoolsMetrics(
      new Metrics({ namespace: 'Leadstream', serviceName: 'leadstream' }),
      MetricUnit,
    );
    // Act
    metrics.count(METRIC_NAMES.leadsProduced, 7);
    metrics.count(METRIC_NAMES.recordsRejected, 2, { reason: 'bulk' });
    metrics.milliseconds(METRIC_NAMES.processMs, 12);
    metrics.flush();
    // Assess
    const docs = lines
      .flatMap((l) => l.split('\n'))
      .filter((l) => l.includes('_aws'))
      .map((l) => JSON.parse(l));
    const rejected = docs.find((d) => d.RecordsRejected !== undefined);
    const main = docs.find((d) => d.LeadsProduced !== undefined);
    expect(rejected.reason).toBe('bulk');
    expect(rejected._aws.CloudWatchMetrics[0].Namespace).toBe('Leadstream');
    expect(rejected._aws.CloudWatchMetrics[0].Dimensions[0]).toContain('reason');
    expect(main.LeadsProduced).toBe(7);
    expect(main.ProcessMs).toBe(12);
    expect(main._aws.CloudWatchMetrics[0].Metrics).toContainEqual({
      Name: 'ProcessMs',
      Unit: 'Milliseconds',
    });
  });
});
