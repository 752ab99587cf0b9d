#!/usr/bin/env node
// The installed `paygate` command: loads tsx from this package's own
// dependencies (wherever it is run from), then the TypeScript command line.
import { register } from 'tsx/esm/api';

register();
await import('../cli.ts');
