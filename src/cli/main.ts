/**
 * The `leadstream` command line. Each command lives in its own module under ./commands and is
 * imported only when called, so `leadstream extract` never loads the AWS SDK or kafkajs.
 */
import { EXIT_OK, EXIT_USAGE } from './exit.js';

const COMMANDS = {
  extract: {
    summary: 'Extract leads from .eml files or directories',
    load: () => import('./commands/extract.js'),
  },
  send: { summary: 'Put raw emails into a Kinesis stream', load: () => import('./commands/send.js') },
  query: {
    summary: 'Run SQL over the local analytics Parquet files (DuckDB)',
    load: () => import('./commands/query.js'),
  },
  stack: {
    summary: 'Start the local stack (Kafka, Kinesis, poller, Firehose) until Ctrl-C',
    load: () => import('./commands/stack.js'),
  },
  demo: {
    summary: 'Start the local stack, send sample emails, show the results (npm start)',
    load: () => import('./commands/demo.js'),
  },
  plan: {
    summary: 'Capacity and monthly cost plan for a given email rate',
    load: () => import('./commands/plan.js'),
  },
} as const satisfies Record<
  string,
  { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }
>;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printUsage();
    return name ? EXIT_OK : EXIT_USAGE;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    console.error(`leadstream: unknown command '${name}'`);
    printUsage();
    return EXIT_USAGE;
  }
  const command = await COMMANDS[name as keyof typeof COMMANDS].load();
  return command.run(rest);
}

function printUsage(): void {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  console.error(
    [
      'usage: leadstream <command> [options]',
      '',
      'commands:',
      ...lines,
      '',
      'leadstream <command> --help for its options',
    ].join('\n'),
  );
}
