#!/usr/bin/env node
// The `leadstream` command. Loads the TypeScript CLI from source through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
