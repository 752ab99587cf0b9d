import type { DebtorRecord, PaymentRecord } from '../store/records.js';
import { debtorExposure } from './exposure.js';
import type { EngineContext } from './options.js';
import {
  BANK_ACCOUNT_MISSING,
  type DeclineReason,
  LIMIT_EXCEEDED,
} from './real-solution-reasons.js';

export interface CreditQuestion {
  readonly merchantId: string;
  readonly customerId: string;
  readonly requestReason: string;
  readonly amount: number;
  readonly currency: string;
  /** The debtor after this request's data was merged in. */
  readonly debtor: DebtorRecord;
}

export type CreditVerdict = { accepted: true } | { accepted: false; reason: DeclineReason };

/**
 * Real Solution's answer, simulated:
 * - VK (Vorkasse): the merchant is paid before shipping; no risk, always accepted.
 * - VL (Vorkasse per Lastschrift): no credit risk, but a debit needs an IBAN.
 * - ZG (Zahlungsgarantie): accepted while exposure + Amount stays within the limit.
 * - ZL (Zahlungsgarantie Lastschrift): needs an IBAN, then like ZG.
 */
export function assessCredit(ctx: EngineContext, question: CreditQuestion): CreditVerdict {
  const reason = question.requestReason;
  const isDebit = reason === 'ZL' || reason === 'VL';
  if (isDebit && !question.debtor.ibanLast4)
    return { accepted: false, reason: BANK_ACCOUNT_MISSING };
  if (reason === 'VK' || reason === 'VL') return { accepted: true };
  const payments = ctx.store.paymentsOfDebtor(question.merchantId, question.customerId);
  const exposure = debtorExposure(payments, question.currency);
  const limit = creditLimitOf(ctx, question.merchantId, question.debtor);
  if (exposure + question.amount > limit) return { accepted: false, reason: LIMIT_EXCEEDED };
  return { accepted: true };
}

/**
 * The debtor's own limit (admin API), else the most specific configured one:
 * this debtor at this merchant, this debtor anywhere, this merchant's
 * debtors; else the default.
 */
export function creditLimitOf(
  ctx: EngineContext,
  merchantId: string,
  debtor: DebtorRecord,
): number {
  if (debtor.creditLimit !== undefined) return debtor.creditLimit;
  const forDebtor = ctx.creditLimits.filter((o) => o.customerId === debtor.customerId);
  const forMerchant = forDebtor.find((o) => o.merchantId === merchantId);
  const forAll = forDebtor.find((o) => o.merchantId === undefined);
  const merchantDefault = ctx.creditLimits.find(
    (o) => o.customerId === undefined && o.merchantId === merchantId,
  );
  return forMerchant?.limit ?? forAll?.limit ?? merchantDefault?.limit ?? ctx.defaultCreditLimit;
}

/**
 * The limit again when a checked PayID becomes an order: a check reserves
 * nothing, so several accepted checks followed by their orders could
 * otherwise exceed the limit together. The order counts against what the
 * debtor owes on every other payment; prepayment (VK/VL) carries no risk.
 */
export function assessOrder(
  ctx: EngineContext,
  merchantId: string,
  payment: PaymentRecord,
  amount: number,
): CreditVerdict {
  const reason = payment.creditCheck?.requestReason;
  if (reason !== 'ZG' && reason !== 'ZL') return { accepted: true };
  const debtor = ctx.store.findDebtor(merchantId, payment.customerId);
  if (!debtor) return { accepted: true };
  const others = ctx.store
    .paymentsOfDebtor(merchantId, payment.customerId)
    .filter((other) => other.payId !== payment.payId);
  const exposure = debtorExposure(others, payment.currency);
  if (exposure + amount > creditLimitOf(ctx, merchantId, debtor)) {
    return { accepted: false, reason: LIMIT_EXCEEDED };
  }
  return { accepted: true };
}
