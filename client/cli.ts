#!/usr/bin/env node
// The `paygate` command. All logic lives in ./cli/ so that tests can drive it.
import { readFile } from 'node:fs/promises';
import { runCli } from './cli/run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
