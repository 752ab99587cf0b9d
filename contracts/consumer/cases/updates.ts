import { state } from '../../states.js';
import { type ContractCase, contractCase } from '../contract-case.js';
import { CURRENCY, EXAMPLE_PAY_ID, INVOICE, references } from '../examples.js';

const onPayment = (amount: string) =>
  ({ PayID: EXAMPLE_PAY_ID, Amount: amount, Currency: CURRENCY }) as const;

/** UP on an open invoice: credit note, payment, default; dunning needs the clock past the due date. */
export const updateCases: readonly ContractCase[] = [
  contractCase({
    description: 'a credit note on an open invoice (UP GU)',
    state: state.invoice(),
    method: 'creditNote',
    input: {
      ...references('T-UP-GU-0001'),
      ...onPayment('2000'),
      ...INVOICE,
      InvoiceNr: 'GU-2024-0001',
      InvoiceText: 'Gutschrift zu Rechnung RE-2024-0001',
      NetAmount: '1681',
    },
    outcome: 'ok',
  }),
  contractCase({
    description: 'a payment received on an open invoice (UP ZA)',
    state: state.invoice(),
    method: 'payment',
    input: { ...references('T-UP-ZA-0001'), ...onPayment('5000') },
    outcome: 'ok',
  }),
  contractCase({
    description: 'a dunning notice for an overdue invoice (UP MA)',
    state: state.overdue(),
    method: 'dunning',
    input: { ...references('T-UP-MA-0001'), ...onPayment('10000') },
    outcome: 'ok',
  }),
  contractCase({
    description: 'a dunning reset for a dunned invoice (UP RM)',
    state: state.dunned(),
    method: 'resetDunning',
    input: { ...references('T-UP-RM-0001'), ...onPayment('10000') },
    outcome: 'ok',
  }),
  contractCase({
    description: 'a default on an open invoice (UP DF)',
    state: state.invoice(),
    method: 'writeOff',
    input: { ...references('T-UP-DF-0001'), ...onPayment('10000') },
    outcome: 'ok',
  }),
];
