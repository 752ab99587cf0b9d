/**
 * What a card does in the simulator. Live's simulation mode books any
 * Luhn-valid card and takes the outcome from `OrderDesc=Test:<nnnn>`
 * (decision 012); live publishes no cards that decline or ask for a 3-D
 * Secure challenge, so the numbers below beyond the first three are ours.
 */
export type CardBehaviour =
  | 'approve'
  | 'decline'
  | 'insufficient-funds'
  | 'expired'
  | '3ds-challenge'
  | '3ds-failed';

export interface TestCard {
  readonly number: string;
  readonly brand: 'VISA' | 'MasterCard' | 'AMEX';
  readonly behaviour: CardBehaviour;
  /** `live` for Computop's published simulation cards, `ours` for the rest. */
  readonly origin: 'live' | 'ours';
  readonly en: string;
}

export const testCards: readonly TestCard[] = [
  {
    number: '4111111111111111',
    brand: 'VISA',
    behaviour: 'approve',
    origin: 'live',
    en: 'approved',
  },
  {
    number: '5555555555554444',
    brand: 'MasterCard',
    behaviour: 'approve',
    origin: 'live',
    en: 'approved',
  },
  {
    number: '375000000000007',
    brand: 'AMEX',
    behaviour: 'approve',
    origin: 'live',
    en: 'approved',
  },
  {
    number: '4000000000000002',
    brand: 'VISA',
    behaviour: 'decline',
    origin: 'ours',
    en: 'declined by the issuer',
  },
  {
    number: '4000000000009995',
    brand: 'VISA',
    behaviour: 'insufficient-funds',
    origin: 'ours',
    en: 'insufficient funds',
  },
  {
    number: '4000000000000069',
    brand: 'VISA',
    behaviour: 'expired',
    origin: 'ours',
    en: 'expired, whatever CCExpiry says',
  },
  {
    number: '4000000000003220',
    brand: 'VISA',
    behaviour: '3ds-challenge',
    origin: 'ours',
    en: '3-D Secure challenge on the payment page (refused on direct.aspx)',
  },
  {
    number: '5105105105105100',
    brand: 'MasterCard',
    behaviour: '3ds-challenge',
    origin: 'ours',
    en: '3-D Secure challenge on the payment page (refused on direct.aspx)',
  },
  {
    number: '4000000000003097',
    brand: 'VISA',
    behaviour: '3ds-failed',
    origin: 'ours',
    en: '3-D Secure authentication fails without a challenge',
  },
];

const byNumber = new Map(testCards.map((card) => [card.number, card]));

/** The behaviour of a card number; any other valid card is approved, as in live's simulation. */
export function behaviourOf(number: string): CardBehaviour {
  return byNumber.get(number)?.behaviour ?? 'approve';
}
