import fc from 'fast-check';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';

describe('whatever arrives at /debtor.aspx', () => {
  const sim = createTestSimulator();

  it('answers HTTP 200 with a plain FAILED answer for random bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'application/json'),
        async (bytes, type) => {
          const response = await request(sim.app)
            .post('/debtor.aspx')
            .set('Content-Type', type)
            .send(Buffer.from(bytes));
          expect(response.status).toBe(200);
          expect(response.text).toContain('Status=FAILED');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers HTTP 200 for random envelopes of a known merchant', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string({ maxLength: 200 }), async (len, data) => {
        const form = { MerchantID: BLOWFISH_MERCHANT.merchantId, Len: len, Data: data };
        const response = await request(sim.app).post('/debtor.aspx').type('form').send(form);
        expect(response.status).toBe(200);
        expect(response.text).toMatch(/Status=FAILED|^MID=/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('whatever arrives at the payment paths and pages', () => {
  const sim = createTestSimulator();
  const serverPaths = [
    '/direct.aspx',
    '/capture.aspx',
    '/credit.aspx',
    '/reverse.aspx',
    '/inquire.aspx',
    '/authorize.aspx',
  ];

  it('answers every server path with HTTP 200 and a Paygate answer for random envelopes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...serverPaths),
        fc.string(),
        fc.string({ maxLength: 200 }),
        async (path, len, data) => {
          const form = { MerchantID: BLOWFISH_MERCHANT.merchantId, Len: len, Data: data };
          const response = await request(sim.app).post(path).type('form').send(form);
          expect(response.status).toBe(200);
          expect(response.text).toMatch(/Status=FAILED|^MID=/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers random page requests with an error page, never a 5xx or a script', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/payssl.aspx', '/paypal.aspx'),
        fc.dictionary(fc.constantFrom('MerchantID', 'Len', 'Data', 'Language', 'x'), fc.string()),
        async (path, query) => {
          const response = await request(sim.app).get(path).query(query);
          expect(response.status).toBeLessThan(500);
          expect(response.headers['content-security-policy']).toContain("default-src 'none'");
          expect(response.text).not.toMatch(/<script/i);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers the page steps of an unknown or used token with 410', async () => {
    for (const step of ['', '/card', '/3ds', '/paypal']) {
      const method = step === '' ? 'get' : 'post';
      const response = await request(sim.app)
        [method](`/hosted/${'f'.repeat(32)}${step}`)
        .type('form')
        .send('action=pay&CCNr=4111111111111111');
      expect(response.status).toBe(410);
    }
  });
});
