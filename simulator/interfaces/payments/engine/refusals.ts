import type { CardBehaviour } from '../test-cards.js';
import type { PaymentFailureKey } from './context.js';

/** How the issuer refuses a test card; `undefined` for cards it approves (or challenges). */
export function refusalOf(
  behaviour: CardBehaviour,
): { codeKey: PaymentFailureKey; description: string } | undefined {
  switch (behaviour) {
    case 'decline':
      return { codeKey: 'payments.card-declined', description: 'Card declined by the issuer' };
    case 'insufficient-funds':
      return { codeKey: 'payments.insufficient-funds', description: 'Insufficient funds' };
    case 'expired':
      return { codeKey: 'payments.card-expired', description: 'Card expired' };
    case '3ds-failed':
      return { codeKey: 'payments.3ds-failed', description: 'Authentication (3-D Secure) failed' };
    default:
      return undefined;
  }
}
