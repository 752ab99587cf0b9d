import { describe, expect, it } from 'vitest';
import { freshBcFields } from '../helpers/flows.js';
import { AES_MERCHANT, BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';

describe('the journal', () => {
  const sim = createTestSimulator({ journalSize: 5 });
  const bc = () => freshBcFields(sim);
  const journal = async () =>
    (await sim.admin().get('/__sim/journal').expect(200)).body.entries as Record<string, unknown>[];

  it('records the decrypted request and the answer, newest last', async () => {
    await sim.admin().delete('/__sim/journal').expect(200);
    const fields = bc();
    await sim.call(fields);
    const entries = await journal();
    const last = entries.at(-1) as {
      request: Record<string, string>;
      answer: Record<string, string>;
    };
    expect(last.request).toMatchObject({
      EventToken: 'BC',
      TransID: fields.TransID,
      CustomerID: fields.CustomerID,
    });
    expect(last.answer).toMatchObject({ Status: 'OK', TransID: fields.TransID });
  });

  it('masks IBAN, BIC and DateOfBirth and never holds a key', async () => {
    const fields = bc();
    await sim.call(fields);
    await sim.call(bc(), { merchant: AES_MERCHANT });
    const text = JSON.stringify(await journal());
    expect(text).not.toContain(fields.IBAN);
    expect(text).not.toContain(fields.BIC);
    expect(text).not.toContain(fields.DateOfBirth);
    expect(text).toContain(fields.IBAN.slice(-4));
    for (const secret of [
      BLOWFISH_MERCHANT.blowfishKey,
      BLOWFISH_MERCHANT.hmacKey,
      AES_MERCHANT.aesKey,
      AES_MERCHANT.hmacKey,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps only the newest entries when full', async () => {
    for (let i = 0; i < 7; i++) await sim.call(bc());
    const entries = await journal();
    expect(entries).toHaveLength(5);
    const seqs = entries.map((entry) => entry.seq as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('records calls that could not be decrypted without a request', async () => {
    await sim
      .admin()
      .post('/debtor.aspx')
      .type('form')
      .send({ MerchantID: 'nobody', Len: '4', Data: 'AABBCCDD' });
    const last = (await journal()).at(-1);
    expect(last).toMatchObject({ request: null, answerKind: 'plain', merchantId: 'nobody' });
  });

  it('is emptied by DELETE', async () => {
    await sim.admin().delete('/__sim/journal').expect(200);
    expect(await journal()).toEqual([]);
  });
});
