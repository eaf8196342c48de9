/**
 * `npm run bench -- <mode> [options]`. Each mode lives in its own module and is imported only when
 * chosen, so `corpus` never loads kafkajs and `processor` never starts a broker.
 */
const MODES = {
  corpus: {
    summary: 'write the seeded synthetic corpus as .eml files',
    load: () => import('./corpus/cli.js'),
  },
  processor: {
    summary: 'in-process throughput, per-stage cost, parse baselines and memory',
    load: () => import('./processor.js'),
  },
  pipeline: {
    summary: 'end-to-end latency and throughput on the local stack',
    load: () => import('./pipeline.js'),
  },
  smtp: {
    summary: 'end of SMTP DATA → webhook arrival latency on the local stack',
    load: () => import('./smtp.js'),
  },
  blind: {
    summary: 'score extraction and triage on the blind corpus (test/blind-corpus)',
    load: () => import('./blind.js'),
  },
  triage: {
    summary: 'triage confusion tables: SpamAssassin sets and the accuracy corpus',
    load: () => import('./train/evaluate-triage.js'),
  },
  'train-triage': {
    summary: 'train the triage model (src/processors/stages/triage-model.json); --check to verify',
    load: () => import('./train/train-triage.js'),
  },
  'train-client-text': {
    summary: 'train the client-text model (src/processors/stages/client-text-model.json); --check to verify',
    load: () => import('./train/train-client-text.js'),
  },
  'train-pitch-text': {
    summary: 'train the pitch-text model (src/processors/stages/pitch-text-model.json); --check to verify',
    load: () => import('./train/train-pitch-text.js'),
  },
  hostile: {
    summary: 'adversarial 100 KB subjects, headers and bodies: time per email',
    load: () => import('./hostile.js'),
  },
  'build-given-names': {
    summary: 'build the given-name gazetteer (src/processors/stages/given-names.json); --check to verify',
    load: () => import('./build-given-names.js'),
  },
  'given-name-hits': {
    summary: 'what the given-name redaction takes out of ham and the accuracy corpus (false positives)',
    load: () => import('./given-name-hits.js'),
  },
  'cold-start': {
    summary: 'Lambda bundle size and time to the first processed batch',
    load: () => import('./cold-start.js'),
  },
} as const satisfies Record<
  string,
  { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }
>;

export async function main(argv: string[]): Promise<number> {
  const [mode, ...rest] = argv;
  if (!mode || mode === '--help' || mode === '-h' || !Object.hasOwn(MODES, mode)) {
    if (mode && mode !== '--help' && mode !== '-h') process.stderr.write(`bench: unknown mode '${mode}'\n`);
    const lines = Object.entries(MODES).map(([name, m]) => `  ${name.padEnd(11)} ${m.summary}`);
    const usage = [
      'usage: npm run bench -- <mode> [options]',
      '',
      'modes:',
      ...lines,
      '',
      'see bench/README.md',
    ];
    process.stderr.write(`${usage.join('\n')}\n`);
    return mode === '--help' || mode === '-h' ? 0 : 2;
  }
  const module = await MODES[mode as keyof typeof MODES].load();
  return module.run(rest);
}

process.exitCode = await main(process.argv.slice(2));
