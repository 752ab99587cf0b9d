import {
  PaygateAuthenticationError,
  PaygateDeclinedError,
  PaygateRequestError,
} from '../../../client/index.js';
import { MAC_CORRUPT, MAC_HEADER } from '../../bridge/headers.js';
import { CREDIT_LIMIT, DEBTOR_DECLINED, STATE_AMOUNT, state } from '../../states.js';
import { type ContractCase, contractCase } from '../contract-case.js';
import {
  BANK_ACCOUNT,
  CURRENCY,
  DEBTOR,
  EXAMPLE_PAY_ID,
  EXAMPLE_REFERENZ_ID,
  EXAMPLE_XID,
  ORDER_AMOUNT,
  references,
} from '../examples.js';

const referenzId = { ReferenzID: EXAMPLE_REFERENZ_ID };

type BcReason = 'ZG' | 'ZL' | 'VK' | 'VL';

const reasons: ReadonlyArray<{ reason: BcReason; label: string; debit: boolean }> = [
  { reason: 'ZG', label: 'a payment guarantee', debit: false },
  { reason: 'ZL', label: 'a payment guarantee by direct debit', debit: true },
  { reason: 'VK', label: 'prepayment', debit: false },
  { reason: 'VL', label: 'prepayment by direct debit', debit: true },
];

/** BC with each RequestReason: a new debtor is accepted; direct debits carry the bank account. */
const accepted = reasons.map(({ reason, label, debit }, index) => {
  const customerId = `K-100${index + 1}`;
  return contractCase({
    description: `a credit check for ${label} (BC ${reason})`,
    state: state.newDebtor(customerId),
    method: 'creditCheck',
    input: {
      ...references(`T-BC-${reason}-0001`),
      Amount: ORDER_AMOUNT,
      Currency: CURRENCY,
      RequestReason: reason,
      CustomerID: customerId,
      ...DEBTOR,
      ...(debit ? BANK_ACCOUNT : {}),
    },
    outcome: 'ok',
    extraAnswer: referenzId,
  });
});

/** Real Solution declines: the amount is above the debtor's limit; CodeExt and ErrorText say why. */
const declined = contractCase({
  description: `a credit check above the debtor's credit limit of ${CREDIT_LIMIT} (BC ZG)`,
  state: state.creditLimit('K-2001'),
  method: 'creditCheck',
  input: {
    ...references('T-BC-ZG-0002', '4711-0002'),
    Amount: String(STATE_AMOUNT),
    Currency: CURRENCY,
    RequestReason: 'ZG',
    CustomerID: 'K-2001',
    ...DEBTOR,
  },
  outcome: 'business.credit-declined',
  extraAnswer: {
    PayID: EXAMPLE_PAY_ID,
    XID: EXAMPLE_XID,
    Description: 'credit check declined: Kreditlimit ueberschritten',
    CodeExt: '2001',
    ErrorText: 'Kreditlimit ueberschritten',
    ...referenzId,
  },
  error: PaygateDeclinedError,
});

/** Direct debits without a bank account: Real Solution declines ZL and VL alike. */
const withoutBankAccount = reasons
  .filter(({ debit }) => debit)
  .map(({ reason, label }, index) => {
    const customerId = `K-210${index + 1}`;
    return contractCase({
      description: `a credit check for ${label} without a bank account (BC ${reason})`,
      state: state.newDebtor(customerId),
      method: 'creditCheck',
      input: {
        ...references(`T-BC-${reason}-0002`, `4711-021${index + 1}`),
        Amount: ORDER_AMOUNT,
        Currency: CURRENCY,
        RequestReason: reason,
        CustomerID: customerId,
        ...DEBTOR,
      },
      outcome: 'business.credit-declined',
      extraAnswer: {
        PayID: EXAMPLE_PAY_ID,
        XID: EXAMPLE_XID,
        CodeExt: '2002',
        ErrorText: 'Lastschrift ohne Bankverbindung (IBAN) nicht moeglich',
        ...referenzId,
      },
      error: PaygateDeclinedError,
    });
  });

/**
 * Prepayment carries no credit risk, so only Real Solution's verdict on the
 * debtor itself (blocked, fraud) declines it; the gateway answers without a
 * PayID then.
 */
const prepaymentDeclined = contractCase({
  description: 'a credit check for prepayment of a debtor Real Solution declines (BC VK)',
  state: state.declinedDebtor('K-2201'),
  method: 'creditCheck',
  input: {
    ...references('T-BC-VK-0002', '4711-0221'),
    Amount: ORDER_AMOUNT,
    Currency: CURRENCY,
    RequestReason: 'VK',
    CustomerID: 'K-2201',
    ...DEBTOR,
  },
  outcome: 'business.credit-declined',
  extraAnswer: { CodeExt: DEBTOR_DECLINED.codeExt, ErrorText: DEBTOR_DECLINED.errorText },
  error: PaygateDeclinedError,
});

/** DC stores the debtor without a check; same table as BC. */
const directChange = contractCase({
  description: 'a direct change of the debtor data (DC ZG)',
  state: state.newDebtor('K-3001'),
  method: 'directChange',
  input: {
    ...references('T-DC-ZG-0001', '4711-0003'),
    Amount: ORDER_AMOUNT,
    Currency: CURRENCY,
    RequestReason: 'ZG',
    CustomerID: 'K-3001',
    ...DEBTOR,
  },
  outcome: 'ok',
  extraAnswer: referenzId,
});

/**
 * The gateway's answer when it cannot verify the request MAC. The real
 * client never signs wrongly, so the bridge header asks the provider side
 * to sign with a wrong key; the answer is still encrypted and MAC'd.
 */
const macMismatch = contractCase({
  description: 'a credit check whose request MAC does not match (BC ZG)',
  state: state.newDebtor('K-4001'),
  method: 'creditCheck',
  input: {
    ...references('T-BC-ZG-0003', '4711-0004'),
    Amount: ORDER_AMOUNT,
    Currency: CURRENCY,
    RequestReason: 'ZG',
    CustomerID: 'K-4001',
    ...DEBTOR,
  },
  outcome: 'crypto.mac-mismatch',
  headers: { [MAC_HEADER]: MAC_CORRUPT },
  error: PaygateAuthenticationError,
});

/**
 * The gateway's answer to a field outside its format: an amount with a
 * decimal comma, the classic mistake. The client checks formats itself, so
 * it sends this only with `validate: false`; the contract pins the format
 * code the gateway answers with, which the client turns into
 * `PaygateRequestError` naming the parameter.
 */
const formatError = contractCase({
  description: 'a credit check whose Amount has a decimal comma (BC ZG)',
  state: state.newDebtor('K-5001'),
  method: 'creditCheck',
  input: {
    ...references('T-BC-ZG-0004', '4711-0005'),
    Amount: ORDER_AMOUNT,
    Currency: CURRENCY,
    RequestReason: 'ZG',
    CustomerID: 'K-5001',
    ...DEBTOR,
  },
  malformed: { Amount: '100,00' },
  outcome: 'validation.wrong-characters:Amount',
  error: PaygateRequestError,
});

/**
 * Input the reference forbids, one interaction each, so the simulator cannot
 * quietly start accepting it: a decimal point (the seed wants cents, n..10),
 * a value one character too long, and letters where the seed allows digits
 * and specials only (RefNr is ns..30).
 */
const forbidden = [
  {
    what: 'an Amount with a decimal point',
    malformed: { Amount: '10.00' },
    outcome: 'validation.wrong-characters:Amount',
  },
  {
    what: 'a RefNr one character too long',
    malformed: { RefNr: '4'.repeat(31) },
    outcome: 'validation.too-long:RefNr',
  },
  {
    what: 'a RefNr with letters',
    malformed: { RefNr: 'ABC-4711' },
    outcome: 'validation.wrong-characters:RefNr',
  },
] as const;

const refused = forbidden.map(({ what, malformed, outcome }, index) => {
  const customer = `K-51${index + 1}0`;
  return contractCase({
    description: `a credit check with ${what} (BC ZG)`,
    state: state.newDebtor(customer),
    method: 'creditCheck',
    input: {
      ...references(`T-BC-ZG-01${index + 1}0`, `4711-01${index + 1}0`),
      Amount: ORDER_AMOUNT,
      Currency: CURRENCY,
      RequestReason: 'ZG',
      CustomerID: customer,
      ...DEBTOR,
    },
    malformed,
    outcome,
    error: PaygateRequestError,
  });
});

export const creditCheckCases: readonly ContractCase[] = [
  ...accepted,
  declined,
  ...withoutBankAccount,
  prepaymentDeclined,
  directChange,
  macMismatch,
  formatError,
  ...refused,
];
