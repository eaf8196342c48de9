#!/usr/bin/env node
import { ConfigError } from '../src/errors.js';
import { buildApp } from './leadstream-app.js';

// The CDK CLI runs this (cdk.json: `npx tsx infra/app.ts`) and synthesizes the app when the process exits.
try {
  buildApp();
} catch (err) {
  // A bad or misspelt -c setting is the user's to fix: say which in one line, not a stack trace.
  if (!(err instanceof ConfigError)) throw err;
  console.error(`leadstream: ${err.message}`);
  process.exitCode = 2;
}
