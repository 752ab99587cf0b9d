import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paymentTables } from '../../../protocol/reference/payments.js';
import { renderPaymentReference } from '../../../protocol/reference/payments-markdown.js';

const docPath = new URL('../../../docs/payment-parameters.md', import.meta.url);

describe('docs/payment-parameters.md', () => {
  it('matches the payment tables (regenerate: npx tsx scripts/generate-payment-reference.ts)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(renderPaymentReference());
  });

  it('lists every field of every payment table under its path', () => {
    const page = renderPaymentReference();
    for (const table of Object.values(paymentTables)) {
      const section = page.split(`## \`${table.path}\``)[1]?.split('\n## ')[0] ?? '';
      for (const field of table.fields)
        expect(section).toContain(`| \`${field.name}\` | ${field.presence} |`);
    }
  });
});
