/**
 * Writes docs/payment-parameters.md from the payment tables.
 * Run: npx tsx scripts/generate-payment-reference.ts
 * A unit test (test/unit/reference/payment-doc.test.ts) fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPaymentReference } from '../protocol/reference/payments-markdown.js';

const path = fileURLToPath(new URL('../docs/payment-parameters.md', import.meta.url));
writeFileSync(path, renderPaymentReference());
console.log(`wrote ${path}`);
