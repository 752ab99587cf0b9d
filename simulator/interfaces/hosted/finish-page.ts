import { type EncodedAnswer, encodeAnswer } from '../../encode/answer.js';
import type { MerchantOutcome } from '../../encode/outcome.js';
import { sentAnswerEntry } from '../../journal/journal.js';
import { maskFields } from '../../journal/mask.js';
import type { SimulatorParts } from '../../parts.js';
import type { MaskedCard } from '../../store/gateway-records.js';
import type { PaymentFailureKey } from '../payments/engine/context.js';
import { openPayment } from '../payments/engine/open-payment.js';
import { paymentContext } from '../payments/payment-interface.js';
import { isWebAddress, pageRequest } from './page-interface.js';
import type { HostedSession } from './sessions.js';

/** How the customer left the page. */
export interface PageEnding {
  readonly card?: MaskedCard;
  readonly refusal?: { readonly codeKey: PaymentFailureKey; readonly description: string };
}

/** A page's end, before anyone is told: `sendBack` tells URLNotify and the browser. */
export interface PageResult {
  readonly merchantId: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly answer: EncodedAnswer;
}

/**
 * Ends a page: the payment is authorized (or fails) on the engine and its
 * answer is encrypted once. Runs inside the call's store transaction;
 * `sendBack` then posts the answer to URLNotify and gives the address the
 * browser goes to (URLSuccess or URLFailure with `MID`, `Len` and `Data`
 * in the query, the MAC inside Data), once it is stored.
 */
export function finishPage(
  parts: SimulatorParts,
  session: HostedSession,
  ending: PageEnding,
): PageResult {
  session.stage = 'done';
  const { fields } = session;
  const decision = openPayment(paymentContext(parts, session.merchantId), {
    fields,
    method: session.call === 'paypal' ? 'paypal' : 'card',
    payId: session.payId,
    page: pageRequest(fields),
    orderOnly: fields.TxType?.toLowerCase() === 'order',
    ...(ending.card ? { card: ending.card } : {}),
    ...(ending.refusal ? { refusal: ending.refusal } : {}),
  });
  if (decision.payment)
    parts.store.commit(session.merchantId, { gatewayPayment: decision.payment });
  const { outcome } = decision;
  const answerOutcome: MerchantOutcome = {
    kind: 'merchant',
    keys: session.keys,
    request: fields,
    codeKey: outcome.ok ? 'ok' : outcome.codeKey,
    ...(outcome.ok ? {} : { description: outcome.description }),
    ...(outcome.result ? { result: outcome.result } : {}),
  };
  const answer = encodeAnswer(answerOutcome, parts.catalogue);
  parts.journal.record(
    sentAnswerEntry({
      path: `/${session.call}.aspx`,
      merchantId: session.merchantId,
      // The page's own fields (card data never reaches them; it stays in the form post).
      request: maskFields(fields),
      answer,
      durationMs: 0,
    }),
  );
  return { merchantId: session.merchantId, fields, answer };
}

/**
 * Notifies URLNotify (when given) and builds the redirect: URLSuccess for an
 * OK or AUTHORIZED answer, URLFailure otherwise.
 */
export function sendBack(
  parts: SimulatorParts,
  merchantId: string,
  fields: Readonly<Record<string, string>>,
  answer: EncodedAnswer,
): string {
  const notify = fields.URLNotify;
  if (notify !== undefined && isWebAddress(notify)) {
    parts.notifier.send({ merchantId, url: notify, answer });
  }
  const success = answer.fields.Status !== 'FAILED';
  const target = (success ? fields.URLSuccess : fields.URLFailure) ?? '';
  return `${target}${target.includes('?') ? '&' : '?'}${answer.body}`;
}
