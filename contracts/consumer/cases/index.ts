import type { ContractCase } from '../contract-case.js';
import { creditCheckCases } from './credit-checks.js';
import { orderCases } from './orders.js';
import { paymentCases } from './payments.js';
import { updateCases } from './updates.js';

/** Every interaction of the Paygate contract, one per call kind and important outcome. */
export const contractCases: readonly ContractCase[] = [
  ...creditCheckCases,
  ...orderCases,
  ...updateCases,
  ...paymentCases,
];

/** A case by its description; a typo is a bug and throws. */
export function caseNamed(description: string): ContractCase {
  const found = contractCases.find((c) => c.description === description);
  if (!found) throw new Error(`no contract case '${description}'`);
  return found;
}
