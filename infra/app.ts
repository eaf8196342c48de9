#!/usr/bin/env node
import { buildApp } from './leadstream-app.js';

// The CDK CLI runs this (cdk.json: `npx tsx infra/app.ts`) and synthesizes the app when the process exits.
buildApp();
