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
