import { PaygateDeclinedError, PaygateRequestError } from '../../../client/index.js';
import { state, UNKNOWN_PAY_ID } from '../../states.js';
import { type ContractCase, contractCase } from '../contract-case.js';
import {
  ARTICLE_LIST,
  CURRENCY,
  DEBTOR,
  EXAMPLE_PAY_ID,
  INVOICE,
  ORDER_AMOUNT,
  references,
} from '../examples.js';

const payment = { PayID: EXAMPLE_PAY_ID, Amount: ORDER_AMOUNT, Currency: CURRENCY } as const;

/** The invoice of UP RG: debtor address, invoice block, two articles and their tax code. */
const invoiceInput = {
  ...references('T-UP-RG-0001'),
  ...payment,
  DebitorID: 'K-5001',
  ...DEBTOR,
  ...INVOICE,
  DueDate: '2024-06-01',
  ArticleList: ARTICLE_LIST,
  TaxCode: '1900',
} as const;

const createOrder = contractCase({
  description: 'an order for a checked PayID (OC)',
  state: state.checked(),
  method: 'createOrder',
  input: { ...references('T-OC-0001'), ...payment },
  outcome: 'ok',
});

const invoice = contractCase({
  description: 'an invoice with address, article list and tax code (UP RG)',
  state: state.order(),
  method: 'invoice',
  input: invoiceInput,
  outcome: 'ok',
});

const invoicePaid = contractCase({
  description: 'an invoice already paid with the order (UP RG, Capture=AUTO)',
  state: state.order(),
  method: 'invoice',
  input: { ...invoiceInput, ...references('T-UP-RG-0002'), Capture: 'AUTO' },
  outcome: 'ok',
});

const cancelOrder = contractCase({
  description: 'a cancellation of an order (OS)',
  state: state.order(),
  method: 'cancelOrder',
  input: { ...references('T-OS-0001'), ...payment },
  outcome: 'ok',
});

const unknownPayId = contractCase({
  description: 'an order for an unknown PayID (OC)',
  state: state.unknownPayId(),
  method: 'createOrder',
  input: { ...references('T-OC-0002'), ...payment, PayID: UNKNOWN_PAY_ID },
  outcome: 'business.unknown-payid',
  extraAnswer: { Description: `PayID ${UNKNOWN_PAY_ID} is unknown` },
  error: PaygateRequestError,
});

const secondOrder = contractCase({
  description: 'a second order for the same PayID (OC)',
  state: state.order(),
  method: 'createOrder',
  input: { ...references('T-OC-0003'), ...payment },
  outcome: 'business.order-exists',
  error: PaygateRequestError,
});

const invoiceAboveOrder = contractCase({
  description: 'an invoice above the open order amount (UP RG)',
  state: state.order(),
  method: 'invoice',
  input: {
    ...invoiceInput,
    ...references('T-UP-RG-0003'),
    Amount: '20000',
    NetAmount: '16807',
    ArticleList: undefined,
    TaxCode: undefined,
  },
  outcome: 'business.amount-above-open',
  error: PaygateDeclinedError,
});

export const orderCases: readonly ContractCase[] = [
  createOrder,
  invoice,
  invoicePaid,
  cancelOrder,
  unknownPayId,
  secondOrder,
  invoiceAboveOrder,
];
