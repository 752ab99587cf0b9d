/**
 * What the simulator remembers, per merchant. Records are immutable values:
 * the engine builds new versions and hands them to `Store.commit`, so a call
 * that fails half-way through its checks has touched nothing.
 *
 * Amounts are integers in the smallest currency unit (cents), as on the wire.
 */

export interface Address {
  readonly street?: string;
  readonly district?: string;
  readonly addition?: string;
  readonly zip?: string;
  readonly city?: string;
  readonly countryCode?: string;
}

/** A debtor (Debitor) of one merchant, keyed by CustomerID (BC/DC) or DebitorID (UP RG). */
export interface DebtorRecord {
  readonly customerId: string;
  readonly salutation?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  /** Only the year of DateOfBirth is kept, so the admin API never serves a full birth date. */
  readonly yearOfBirth?: string;
  readonly address?: Address;
  readonly previousAddress?: Address;
  readonly deliveryAddress?: Address & { firstName?: string; lastName?: string };
  readonly email?: string;
  readonly phone?: string;
  readonly mobileNo?: string;
  /** Only the last four IBAN characters are kept: the simulator never stores account numbers. */
  readonly ibanLast4?: string;
  /** Overrides the configured limit for this debtor (set through the admin API). */
  readonly creditLimit?: number;
  readonly updatedAt: string;
}

export type RequestReasonBC = 'ZG' | 'ZL' | 'VK' | 'VL';

/** The answer to a BC. Declined checks are kept too, so an OC on them can say why it fails. */
export interface CreditCheckRecord {
  readonly requestReason: string;
  readonly amount: number;
  readonly accepted: boolean;
  readonly codeExt?: string;
  readonly errorText?: string;
  readonly checkedAt: string;
}

/** The open position (OC). `cancelledAmount` grows with each OS. */
export interface OrderRecord {
  readonly refNr: string;
  readonly amount: number;
  readonly cancelledAmount: number;
  readonly status: 'open' | 'cancelled';
  readonly createdAt: string;
}

export interface InvoiceRecord {
  readonly invoiceNr: string;
  readonly invoiceDate: string;
  /** DueDate as sent, else InvoiceDate plus the configured payment term. */
  readonly dueDate: string;
  readonly amount: number;
  readonly netAmount: number;
  readonly taxCode?: string;
  readonly invoiceText?: string;
  readonly articleList?: string;
  readonly payType?: string;
  readonly debitorId?: string;
  /** Capture=AUTO: paid together with the order; no ZA may follow. */
  readonly autoCaptured: boolean;
  readonly paidAmount: number;
  readonly creditedAmount: number;
  readonly defaultedAmount: number;
  readonly dunningLevel: number;
  readonly defaulted: boolean;
  readonly createdAt: string;
}

/** How much of a credit note, receipt or write-off landed on which invoice. */
export interface Allocation {
  readonly invoiceNr: string;
  readonly amount: number;
}

/** GU: a credit note. */
export interface CreditNoteRecord {
  readonly creditNoteNr: string;
  readonly amount: number;
  readonly allocations: readonly Allocation[];
  readonly createdAt: string;
}

/** ZA, or the implicit payment of a Capture=AUTO invoice ("receipt", to keep "payment" for the PayID). */
export interface ReceiptRecord {
  readonly amount: number;
  readonly auto: boolean;
  readonly allocations: readonly Allocation[];
  readonly createdAt: string;
}

/** One successful or declined call on a payment, with the ids it was answered with. */
export interface TransactionRecord {
  readonly xid: string;
  readonly referenzId: string;
  readonly eventToken: string;
  readonly requestReason?: string;
  readonly transId: string;
  readonly refNr?: string;
  readonly amount: number;
  readonly at: string;
}

/** Everything under one PayID: the Computop "payment". */
export interface PaymentRecord {
  readonly payId: string;
  readonly merchantId: string;
  readonly customerId: string;
  /** BC: credit-checked; DC: stored without a check (may be invoiced without OC). */
  readonly origin: 'BC' | 'DC';
  readonly currency: string;
  readonly creditCheck?: CreditCheckRecord;
  readonly order?: OrderRecord;
  readonly invoices: readonly InvoiceRecord[];
  readonly creditNotes: readonly CreditNoteRecord[];
  readonly receipts: readonly ReceiptRecord[];
  readonly transactions: readonly TransactionRecord[];
  readonly createdAt: string;
}
