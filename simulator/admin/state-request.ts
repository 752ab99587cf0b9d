import * as z from 'zod';

const cents = z.number().int().min(1).max(9_999_999_999);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * Body of `POST /__sim/state`: which state to build for which merchant.
 * `credit-check` runs a BC, `order` a BC and an OC, `invoice` a BC, an OC
 * and a UP RG; `debtor` only sets a per-debtor credit limit. Everything but
 * `kind` has a default.
 *
 * @example
 * { "kind": "invoice", "amount": 10000, "invoice": { "dueDate": "2025-02-01" } }
 */
export const stateRequestSchema = z.strictObject({
  merchantId: z.string().min(1).optional(),
  kind: z.enum(['credit-check', 'order', 'invoice', 'debtor']),
  /** ans..10, so the same id also fits DebitorID of the invoice. */
  customerId: z.string().min(1).max(10).optional(),
  amount: cents.default(10_000),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code')
    .default('EUR'),
  requestReason: z.enum(['ZG', 'ZL', 'VK', 'VL']).default('ZG'),
  /** For `debtor`: the debtor's credit limit in cents. */
  creditLimit: z.number().int().min(0).optional(),
  invoice: z
    .strictObject({
      amount: cents.optional(),
      netAmount: cents.optional(),
      invoiceDate: isoDate.optional(),
      dueDate: isoDate.optional(),
      capture: z.literal('AUTO').optional(),
    })
    .default({}),
});

export type StateRequest = z.output<typeof stateRequestSchema>;
