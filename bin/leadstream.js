#!/usr/bin/env node
// The `leadstream` command. Loads the TypeScript CLI from source through tsx.
import { register } from 'tsx/esm/api';

// The AWS SDK warns on every command under Node < 22 that its 2027 releases will need Node 22. The
// README says so once; this is the SDK's own switch (@aws-sdk/core emitWarningIfUnsupportedVersion),
// and a user who sets it to anything else still gets the warning.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// A reader that stops early (`leadstream extract dir | head`) closes the pipe: stop quietly, as
// Unix tools do, instead of failing on the write.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
