import * as z from 'zod';
import type { StoreExport } from '../store/store.js';

/**
 * The shape `POST /__sim/state/import` takes: what `GET /__sim/state/export`
 * gave (ours). Records are checked for the keys that place them (PayID,
 * CustomerID, ...); their content is the engine's own, written back as is.
 */
const record = <K extends string>(key: K) =>
  z.looseObject({ [key]: z.string().min(1) } as Record<K, z.ZodString>);

const merchantExportSchema = z.strictObject({
  debtors: z.array(record('customerId')),
  payments: z.array(record('payId').and(record('customerId'))),
  transIds: z.array(z.strictObject({ transId: z.string().min(1), payId: z.string().min(1) })),
  gatewayPayments: z.array(record('payId')).default([]),
  answers: z.array(z.strictObject({ reqId: z.string().min(1), answer: z.string() })),
});

export const stateExportSchema = z.strictObject({
  format: z.literal('paygate-sim-state'),
  version: z.literal(1),
  merchants: z.record(z.string().min(1).max(30), merchantExportSchema),
});

/** The parsed body, as the store's export type (records are taken as the engine wrote them). */
export function asStoreExport(parsed: z.output<typeof stateExportSchema>): StoreExport {
  return parsed as unknown as StoreExport;
}
