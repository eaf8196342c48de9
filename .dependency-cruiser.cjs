/**
 * The layering of docs/architecture.md, checked by `npm run lint` (and by test/unit/layering.test.ts,
 * so CI's `npm test` checks it too). Layers, lowest first; a module may import its own layer and the
 * ones below it, never one above.
 */
const LAYERS = [
  ['foundation', '^src/(errors\\.ts|schemas/)'],
  ['io', '^src/io/'],
  ['config', '^src/config/'],
  ['stages', '^src/processors/stages/'],
  ['core', '^src/processors/[^/]+\\.ts$'],
  ['sinks', '^src/processors/sinks/'],
  ['edges', '^src/(processors/handlers|sender|deploy)/'],
  ['tools', '^src/(corpus|plan|local)/'],
  ['cli', '^src/cli/'],
];

const upward = LAYERS.flatMap(([name, path], i) => {
  const above = LAYERS.slice(i + 1).map(([, p]) => p);
  if (above.length === 0) return [];
  return [
    {
      name: `no-upward-from-${name}`,
      comment: `${name} must not import a layer above it (docs/architecture.md)`,
      severity: 'error',
      from: { path },
      to: { path: above },
    },
  ];
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make load order and ownership unclear.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-to-bench-or-infra',
      comment: 'The product does not depend on its benchmarks or on the CDK app.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(bench|infra)/' },
    },
    {
      name: 'stages-are-pure',
      comment: 'Stages do no I/O: no clients, no sockets, no files.',
      severity: 'error',
      from: { path: '^src/processors/stages/' },
      to: {
        path: [
          '^src/io/',
          '^src/processors/(sinks|handlers)/',
          'node_modules/(@aws-sdk|@smithy|kafkajs|@duckdb)/',
          '^(node:)?(fs|fs/promises|http|https|child_process|dgram|tls)$',
        ],
      },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|cdk\\.out|test/corpora)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
