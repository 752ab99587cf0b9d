import { checkCard } from '../card-check.js';
import { behaviourOf } from '../test-cards.js';
import type { PaymentContext, PaymentDecision } from './context.js';
import { refuse } from './context.js';
import { openPayment } from './open-payment.js';
import { refusalOf } from './refusals.js';

/**
 * `direct.aspx`: the merchant sends card data and gets the authorization
 * back in the answer. A card that asks for a 3-D Secure challenge cannot
 * pass here (there is no browser to show it to): refused, use payssl.aspx.
 */
export function directAuthorization(
  ctx: PaymentContext,
  fields: Readonly<Record<string, string>>,
): PaymentDecision {
  const number = fields.CCNr ?? '';
  const checked = checkCard(
    { number, expiry: fields.CCExpiry ?? '', brand: fields.CCBrand ?? '', cvc: fields.CCCVC },
    ctx.merchantId,
    ctx.clock.today(),
  );
  if (!checked.ok) return refuse(checked.codeKey, checked.description);
  const behaviour = behaviourOf(number);
  if (behaviour === '3ds-challenge') {
    return refuse('payments.3ds-required', 'Card requires 3-D Secure: use payssl.aspx');
  }
  const refusal = refusalOf(behaviour);
  return openPayment(ctx, {
    fields,
    method: 'card',
    card: checked.card,
    ...(refusal ? { refusal } : {}),
  });
}
