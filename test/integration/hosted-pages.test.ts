import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { PaygateClient } from '../../client/index.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';

/** The hosted pages without a browser: what the redirects and the journal say. */
const sim = createTestSimulator({ clockStart: '2026-03-02T09:00:00Z', notifyDelaysMs: [0, 10] });
const client = new PaygateClient({
  baseUrl: 'http://simulator.test',
  merchantId: BLOWFISH_MERCHANT.merchantId,
  encryptionKey: BLOWFISH_MERCHANT.blowfishKey,
  hmacKey: BLOWFISH_MERCHANT.hmacKey,
  env: {},
});
const SHOP = { URLSuccess: 'https://shop.test/ok', URLFailure: 'https://shop.test/failed' };

function pagePath(page: 'payssl' | 'paypal', fields: Record<string, string>, validate = true) {
  const url = new URL(
    client.hostedPageUrl(
      page,
      {
        TransID: sim.transId(),
        Amount: '5000',
        Currency: 'EUR',
        OrderDesc: 'Order 1',
        ...SHOP,
        ...fields,
      },
      { validate },
    ),
  );
  return `${url.pathname}${url.search}`;
}

async function approvePayPal(path: string) {
  const opened = await request(sim.app).get(path);
  expect(opened.status).toBe(303);
  const page = opened.headers.location ?? '';
  const approved = await request(sim.app)
    .post(`${page}/paypal`)
    .type('form')
    .send('action=approve');
  expect(approved.status).toBe(303);
  return approved.headers.location ?? '';
}

describe('hosted pages', () => {
  it('sends a request that fails validation straight back to URLFailure with the code', async () => {
    const response = await request(sim.app).get(pagePath('payssl', { Amount: '12.50' }, false));
    expect(response.status).toBe(303);
    const location = response.headers.location ?? '';
    expect(location.startsWith(`${SHOP.URLFailure}?`)).toBe(true);
    expect(client.readRedirect(location).code).toBe(sim.code('validation.wrong-characters:Amount'));
  });

  it('shows an error page when not even URLFailure can be read', async () => {
    const response = await request(sim.app)
      .get('/payssl.aspx')
      .query({ MerchantID: BLOWFISH_MERCHANT.merchantId, Len: '16', Data: '00'.repeat(16) });
    expect(response.status).toBe(400);
    expect(response.type).toBe('text/html');
    expect(response.text).toContain('Payment not possible');
  });

  it("ends the page at once with live's Test:NNNN outcome", async () => {
    const response = await request(sim.app).get(pagePath('paypal', { OrderDesc: 'Test:0305' }));
    const location = response.headers.location ?? '';
    expect(location.startsWith(`${SHOP.URLFailure}?`)).toBe(true);
    expect(client.readRedirect(location).code).toMatch(/0305$/);
  });

  it('creates a PayPal payment with TxType=Order that authorize.aspx then authorizes', async () => {
    const landed = client.readRedirect(
      await approvePayPal(pagePath('paypal', { TxType: 'Order' })),
    );
    expect(landed.status).toBe('OK');
    const payId = landed.payId ?? '';
    const stored = sim.parts.store.findGatewayPayment(BLOWFISH_MERCHANT.merchantId, payId);
    expect(stored?.state).toBe('created');
    const authorized = await sim.call(
      { PayID: payId, TransID: sim.transId(), Amount: '5000', Currency: 'EUR', Capture: 'AUTO' },
      { path: '/authorize.aspx' },
    );
    expect(authorized.fields.Status).toBe('OK');
    const again = await sim.call(
      { PayID: payId, TransID: sim.transId(), Amount: '5000', Currency: 'EUR' },
      { path: '/authorize.aspx' },
    );
    expect(again.fields.Code).toBe(sim.code('payments.not-awaiting-authorization'));
  });

  it('echoes UserData and journals every URLNotify attempt until it gives up', async () => {
    const path = pagePath('paypal', {
      UserData: 'basket=42',
      URLNotify: 'http://127.0.0.1:9/notify',
    });
    const landed = client.readRedirect(await approvePayPal(path));
    expect(landed.raw.UserData).toBe('basket=42');
    await sim.parts.notifier.settled();
    const attempts = sim.parts.journal
      .entries()
      .filter((entry) => entry.notify && entry.answer.PayID === landed.payId)
      .map((entry) => entry.notify?.outcome);
    expect(attempts).toEqual(['retrying', 'given-up']);
  });

  it('refuses a page whose URLSuccess is not a web address', async () => {
    const response = await request(sim.app).get(
      pagePath('payssl', { URLSuccess: 'javascript:alert(1)' }, false),
    );
    expect(response.status).toBe(303);
    expect(client.readRedirect(response.headers.location ?? '').code).toBe(
      sim.code('validation.invalid:URLSuccess'),
    );
  });
});
