import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { GatewayPaymentRecord } from '../../simulator/store/gateway-records.js';
import { createTestSimulator } from '../helpers/simulator.js';
import { answerOf } from '../helpers/wire.js';

/**
 * A card payment driven by requests third-party Paygate clients encrypted
 * (test/fixtures/third-party-payment-vectors.json): FATCHIP's library and
 * Spryker's computop-api, in their own field shapes (lower-camel names,
 * ReqID, MerchantID outside Data only). Authorize, capture in two parts,
 * refund, inquire, reverse: each must be booked as live would.
 */
interface PaymentVectors {
  readonly merchantId: string;
  readonly hmacKey: string;
  readonly payId: string;
  readonly requests: readonly {
    readonly id: string;
    readonly path: string;
    readonly encoder: string;
    readonly key: string;
    readonly plaintext: string;
    readonly Len: number;
    readonly Data: string;
  }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/third-party-payment-vectors.json', import.meta.url), 'utf8'),
) as PaymentVectors;

const key = vectors.requests[0]?.key ?? '';
const keys = {
  merchantId: vectors.merchantId,
  hmacKey: vectors.hmacKey,
  encryption: 'blowfish' as const,
  encryptionKey: key,
};

describe('third-party Paygate clients on the card payment paths', () => {
  const sim = createTestSimulator({
    clockStart: '2026-03-02T09:00:00Z',
    merchants: [
      {
        merchantId: vectors.merchantId,
        hmacKey: vectors.hmacKey,
        encryption: 'blowfish',
        blowfishKey: key,
      },
    ],
  });
  // The follow-ups name a fixed PayID (their MACs cover it): an authorized payment under it.
  const at = '2026-03-02T08:00:00.000Z';
  const authorized: GatewayPaymentRecord = {
    merchantId: vectors.merchantId,
    payId: vectors.payId,
    transId: 'KAT-CC-0',
    method: 'card',
    currency: 'EUR',
    amount: 10_000,
    state: 'authorized',
    capture: 'MANUAL',
    steps: [{ kind: 'authorize', xid: 'a'.repeat(32), transId: 'KAT-CC-0', amount: 10_000, at }],
    createdAt: at,
    updatedAt: at,
  };
  sim.parts.store.commit(vectors.merchantId, { gatewayPayment: authorized });

  const send = async (id: string) => {
    const vector = vectors.requests.find((v) => v.id === id);
    if (!vector) throw new Error(`no vector ${id}`);
    const envelope = { MerchantID: vectors.merchantId, Len: String(vector.Len), Data: vector.Data };
    const response = await request(sim.app).post(vector.path).type('form').send(envelope);
    return answerOf(response.status, response.text, keys);
  };

  it("authorizes FATCHIP's direct.aspx card request", async () => {
    const answer = await send('direct-fatchip');
    expect(answer.decoded.kind === 'encrypted' && answer.decoded.macValid).toBe(true);
    expect(answer.fields).toMatchObject({
      Status: 'AUTHORIZED',
      Code: '00000000',
      CCBrand: 'VISA',
    });
  });

  it('captures in two parts (FATCHIP, then Spryker), refunds (FATCHIP) and inquires (Spryker)', async () => {
    expect((await send('capture-fatchip')).fields).toMatchObject({ Status: 'OK', Amount: '4000' });
    expect((await send('capture-spryker')).fields).toMatchObject({ Status: 'OK', Amount: '3000' });
    expect((await send('credit-fatchip')).fields).toMatchObject({ Status: 'OK', Amount: '2500' });
    expect((await send('inquire-spryker')).fields).toMatchObject({
      Status: 'OK',
      AmountAuth: '10000',
      AmountCap: '7000',
      AmountCred: '2500',
      LastStatus: 'CREDITED',
    });
  });

  it("reverses the refund, the payment's last step (Spryker)", async () => {
    expect((await send('reverse-spryker')).fields).toMatchObject({ Status: 'OK' });
    const stored = sim.parts.store.findGatewayPayment(vectors.merchantId, vectors.payId);
    expect(stored?.steps.map((step) => [step.kind, step.reversedAt !== undefined])).toEqual([
      ['authorize', false],
      ['capture', false],
      ['capture', false],
      ['credit', true],
    ]);
  });
});
