/** Pact's provider-state expression for the PayID a state created (filled in by the verifier). */
// biome-ignore lint/suspicious/noTemplateCurlyInString: Pact's expression syntax, not a JS template.
export const PAY_ID_EXPRESSION = '${payId}';

/**
 * The provider states of the Paygate contract: the consumer names them in
 * `given(...)`, the provider's state handlers build them. The name says the
 * situation; the params carry the numbers, so handlers never parse names.
 * States that create a payment return `{ payId }` for `fromProviderState`.
 */
export const STATES = {
  newDebtor: 'a debtor the Paygate has not seen yet',
  creditLimit: 'a debtor with a credit limit of 5000 EUR cents',
  declinedDebtor: 'a debtor Real Solution declines whatever the check',
  checked: `a credit check of 10000 EUR cents passed for PayID ${PAY_ID_EXPRESSION}`,
  order: `an order of 10000 EUR cents exists for PayID ${PAY_ID_EXPRESSION}`,
  invoice: `an invoice of 10000 EUR cents is open for PayID ${PAY_ID_EXPRESSION}`,
  overdue: `an invoice of 10000 EUR cents is overdue for PayID ${PAY_ID_EXPRESSION}`,
  dunned: `a dunned invoice of 10000 EUR cents is open for PayID ${PAY_ID_EXPRESSION}`,
  unknownPayId: 'no payment exists for PayID 0123456789ABCDEF0123456789ABCDEF',
  cardMerchant: 'a merchant that accepts cards',
  cardAuthorized: `a card payment of 10000 EUR cents is authorized for PayID ${PAY_ID_EXPRESSION}`,
  cardCaptured: `a card payment of 10000 EUR cents is captured for PayID ${PAY_ID_EXPRESSION}`,
} as const;

export type StateName = (typeof STATES)[keyof typeof STATES];

/** A state with its params, as `given(name, params)` takes it. */
export interface ProviderState {
  readonly name: StateName;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The amount every payment state is built with (cents), and its currency. */
export const STATE_AMOUNT = 10_000;
export const STATE_CURRENCY = 'EUR';
export const CREDIT_LIMIT = 5_000;
/** The PayID the unknown-PayID state guarantees to be unknown. */
export const UNKNOWN_PAY_ID = '0123456789ABCDEF0123456789ABCDEF';
/** Real Solution's reason in the declined-debtor state. */
export const DEBTOR_DECLINED = { codeExt: '3001', errorText: 'Debitor gesperrt' } as const;
/** The simulator's standing clock in the contract runs; InvoiceDate examples use this day. */
export const CONTRACT_TODAY = '2024-05-02';
/** The overdue states: an invoice of today, due in two weeks, and the clock moved past that. */
export const OVERDUE_INVOICE = { dueDate: '2024-05-16', overdueOn: '2024-06-17' } as const;

const money = { amount: STATE_AMOUNT, currency: STATE_CURRENCY };

export const state = {
  newDebtor: (customerId: string): ProviderState => ({
    name: STATES.newDebtor,
    params: { customerId },
  }),
  creditLimit: (customerId: string): ProviderState => ({
    name: STATES.creditLimit,
    params: { customerId, creditLimit: CREDIT_LIMIT },
  }),
  /** Real Solution's verdict on the debtor (a blocked or fraudulent one), with its CodeExt and ErrorText. */
  declinedDebtor: (customerId: string): ProviderState => ({
    name: STATES.declinedDebtor,
    params: { customerId, ...DEBTOR_DECLINED },
  }),
  checked: (): ProviderState => ({ name: STATES.checked, params: money }),
  order: (): ProviderState => ({ name: STATES.order, params: money }),
  invoice: (): ProviderState => ({ name: STATES.invoice, params: money }),
  overdue: (): ProviderState => ({
    name: STATES.overdue,
    params: { ...money, ...OVERDUE_INVOICE },
  }),
  dunned: (): ProviderState => ({ name: STATES.dunned, params: { ...money, ...OVERDUE_INVOICE } }),
  unknownPayId: (): ProviderState => ({
    name: STATES.unknownPayId,
    params: { payId: UNKNOWN_PAY_ID },
  }),
  cardMerchant: (): ProviderState => ({ name: STATES.cardMerchant, params: {} }),
  /** Authorized through direct.aspx with live's simulation VISA card, Capture=MANUAL. */
  cardAuthorized: (): ProviderState => ({ name: STATES.cardAuthorized, params: money }),
  /** Authorized and captured at once (Capture=AUTO). */
  cardCaptured: (): ProviderState => ({ name: STATES.cardCaptured, params: money }),
} as const;

/** The card the card states are built with: live's published simulation VISA (decision 012). */
export const STATE_CARD = {
  CCNr: '4111111111111111',
  CCExpiry: '203012',
  CCBrand: 'VISA',
  CCCVC: '123',
} as const;

/** The states that hand a PayID to the request (`fromProviderState('${payId}', ...)`). */
export const PAY_ID_STATES: ReadonlySet<StateName> = new Set([
  STATES.checked,
  STATES.order,
  STATES.invoice,
  STATES.overdue,
  STATES.dunned,
  STATES.cardAuthorized,
  STATES.cardCaptured,
]);

/**
 * States a live Paygate cannot be put into from outside: no API sets a
 * debtor's credit limit, blocks a debtor at Real Solution or moves the
 * gateway's clock. Live verification leaves their interactions out and says so.
 */
export const SIMULATOR_ONLY_STATES: ReadonlySet<StateName> = new Set([
  STATES.creditLimit,
  STATES.declinedDebtor,
  STATES.overdue,
  STATES.dunned,
]);
