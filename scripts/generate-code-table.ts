/**
 * Writes docs/response-codes.md from the built-in catalogue.
 * Run: npx tsx scripts/generate-code-table.ts
 * A unit test (test/unit/codes/doc-table.test.ts) fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue } from '../protocol/codes/index.js';
import { renderCodeTable } from '../protocol/codes/markdown.js';

const codeTablePath = fileURLToPath(new URL('../docs/response-codes.md', import.meta.url));

writeFileSync(codeTablePath, renderCodeTable(catalogue));
console.log(`wrote ${codeTablePath} (${catalogue.all().length} codes)`);
