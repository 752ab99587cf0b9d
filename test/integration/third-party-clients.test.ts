import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../helpers/simulator.js';
import { thirdPartyVectors as vectors } from '../helpers/third-party-vectors.js';
import { answerOf } from '../helpers/wire.js';

/**
 * Requests recorded from third-party Paygate clients (test/fixtures), sent to
 * the simulator as those clients send them: FATCHIP's library by GET with a
 * query string, the others by POST. Each is a BC that must be booked.
 */
type Vector = (typeof vectors.requests)[number];

function simulatorFor(vector: Vector) {
  const blowfishKey = vectors.requests.find(
    (v) => v.encryption === 'blowfish' && v.key.length === (vector.key.length === 32 ? 64 : 16),
  )?.key;
  const aesKey = vector.encryption === 'aes' ? vector.key : undefined;
  return createTestSimulator({
    merchants: [
      {
        merchantId: vectors.merchantId,
        hmacKey: vectors.hmacKey,
        encryption: vector.encryption,
        blowfishKey: vector.encryption === 'blowfish' ? vector.key : blowfishKey,
        ...(aesKey ? { aesKey } : {}),
        ...(vector.urlEncoded ? { urlEncoded: true } : {}),
      },
    ],
  });
}

describe('third-party Paygate clients against the simulator', () => {
  it.each(vectors.requests.map((v) => [`${v.encoder}: ${v.id}`, v] as const))(
    'books the credit check %s',
    async (_name, vector) => {
      const sim = simulatorFor(vector);
      const envelope = {
        MerchantID: vectors.merchantId,
        Len: String(vector.Len),
        Data: vector.Data,
      };
      const response = vector.encoder.startsWith('fatchip')
        ? await request(sim.app).get('/debtor.aspx').query(envelope)
        : await request(sim.app).post('/debtor.aspx').type('form').send(envelope);
      const keys = {
        merchantId: vectors.merchantId,
        hmacKey: vectors.hmacKey,
        encryption: vector.encryption,
        encryptionKey: vector.key,
      };
      const answer = answerOf(response.status, response.text, keys);
      expect(answer.decoded.kind === 'encrypted' && answer.decoded.macValid).toBe(true);
      expect(answer.fields, answer.fields.Description).toMatchObject({
        mid: vectors.merchantId,
        Status: 'OK',
        Code: '00000000',
      });
      const [entry] = sim.parts.journal.entries();
      // The journal shows what the client sent, decoded: German letters intact.
      if (vector.id.includes('german'))
        expect(entry?.request?.LastName).toBe('Müller-Lüdenscheidt');
    },
  );
});
