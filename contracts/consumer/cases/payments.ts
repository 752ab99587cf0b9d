import { PaygateDeclinedError, PaygateRequestError } from '../../../client/index.js';
import { STATE_CARD, state, UNKNOWN_PAY_ID } from '../../states.js';
import { type ContractCase, contractCase } from '../contract-case.js';
import { CURRENCY, EXAMPLE_PAY_ID, EXAMPLE_XID } from '../examples.js';

/** What a capture, credit or reversal answer carries beyond the result table, as a merchant reads it. */
const stepAnswer = (amount: string) => ({
  XID: EXAMPLE_XID,
  AID: 'F0E1D2',
  TransactionID: 'c3b4a5968778695a',
  Amount: amount,
  Currency: CURRENCY,
});

const authorizeCard = contractCase({
  description: 'a card authorization with card data (direct.aspx)',
  state: state.cardMerchant(),
  method: 'authorizeCard',
  input: {
    TransID: 'T-CC-0001',
    RefNr: '4711-0101',
    Amount: '10000',
    Currency: CURRENCY,
    ...STATE_CARD,
  },
  outcome: 'ok',
  status: 'AUTHORIZED',
  extraAnswer: {
    ...stepAnswer('10000'),
    PCNr: '9231083564341111',
    CCBrand: 'VISA',
    CCExpiry: '203012',
  },
});

const declinedCard = contractCase({
  description: 'a card authorization the issuer declines (direct.aspx)',
  state: state.cardMerchant(),
  method: 'authorizeCard',
  input: {
    TransID: 'T-CC-0002',
    Amount: '10000',
    Currency: CURRENCY,
    ...STATE_CARD,
    CCNr: '4000000000000002',
  },
  outcome: 'payments.card-declined',
  extraAnswer: { PayID: EXAMPLE_PAY_ID },
  error: PaygateDeclinedError,
});

const partialCapture = contractCase({
  description: 'a partial capture of an authorized card payment (capture.aspx)',
  state: state.cardAuthorized(),
  method: 'capture',
  input: { PayID: EXAMPLE_PAY_ID, TransID: 'T-CAP-0001', Amount: '6000', Currency: CURRENCY },
  outcome: 'ok',
  extraAnswer: stepAnswer('6000'),
});

const captureAboveAuthorization = contractCase({
  description: 'a capture above the authorized amount (capture.aspx)',
  state: state.cardAuthorized(),
  method: 'capture',
  input: { PayID: EXAMPLE_PAY_ID, TransID: 'T-CAP-0002', Amount: '10001', Currency: CURRENCY },
  outcome: 'payments.capture-exceeds-authorization',
  error: PaygateDeclinedError,
});

const refund = contractCase({
  description: 'a refund of part of a captured card payment (credit.aspx)',
  state: state.cardCaptured(),
  method: 'credit',
  input: { PayID: EXAMPLE_PAY_ID, TransID: 'T-CRE-0001', Amount: '2500', Currency: CURRENCY },
  outcome: 'ok',
  extraAnswer: stepAnswer('2500'),
});

const reverseAuthorization = contractCase({
  description: 'a reversal of an authorization nothing was captured of (reverse.aspx)',
  state: state.cardAuthorized(),
  method: 'reverse',
  input: { PayID: EXAMPLE_PAY_ID, TransID: 'T-REV-0001', Amount: '10000', Currency: CURRENCY },
  outcome: 'ok',
  extraAnswer: stepAnswer('10000'),
});

const inquiry = contractCase({
  description: 'an inquiry on a captured card payment (inquire.aspx)',
  state: state.cardCaptured(),
  method: 'inquire',
  input: { PayID: EXAMPLE_PAY_ID, TransID: 'T-INQ-0001' },
  outcome: 'ok',
  extraAnswer: { AmountAuth: '10000', AmountCap: '10000', AmountCred: '0', LastStatus: 'CAPTURED' },
});

const captureUnknownPayId = contractCase({
  description: 'a capture for an unknown PayID (capture.aspx)',
  state: state.unknownPayId(),
  method: 'capture',
  input: { PayID: UNKNOWN_PAY_ID, TransID: 'T-CAP-0003', Amount: '100', Currency: CURRENCY },
  outcome: 'business.unknown-payid',
  error: PaygateRequestError,
});

/** The card calls an ERP makes: authorize at order entry, capture what ships, refund, reverse, inquire. */
export const paymentCases: readonly ContractCase[] = [
  authorizeCard,
  declinedCard,
  partialCapture,
  captureAboveAuthorization,
  refund,
  reverseAuthorization,
  inquiry,
  captureUnknownPayId,
];
