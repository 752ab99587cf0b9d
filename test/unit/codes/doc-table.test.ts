import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../protocol/codes/index.js';
import { renderCodeTable } from '../../../protocol/codes/markdown.js';

const docPath = new URL('../../../docs/response-codes.md', import.meta.url);

describe('docs/response-codes.md', () => {
  it('matches the catalogue (regenerate: npx tsx scripts/generate-code-table.ts)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(renderCodeTable(catalogue));
  });

  it('lists every code of the catalogue', () => {
    const page = renderCodeTable(catalogue);
    for (const entry of catalogue.all()) expect(page).toContain(`| ${entry.code} |`);
  });
});
