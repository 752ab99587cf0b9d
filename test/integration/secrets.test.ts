import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeResponseBody, encodeRequest, type MerchantKeys } from '../../protocol/wire.js';
import { ConfigError } from '../../simulator/config/config-error.js';
import { configFromEnv } from '../../simulator/config/env.js';
import { defineConfig } from '../../simulator/config/simulator-config.js';
import { createLogger } from '../../simulator/log/logger.js';
import { startSimulator } from '../../simulator/start.js';
import { validBcFields, validUpFields } from '../fixtures/requests.js';
import { keysOf } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';
import { output, startMain } from '../helpers/spawn-main.js';
import { encryptPlaintext, plaintextWithMac, sendEnvelope } from '../helpers/wire.js';

/**
 * Keys and personal data must never reach a log line, the journal or the
 * console, whatever the call did; and the simulator must not listen beyond
 * the machine unless told to.
 */

// Distinctive values: any of them showing up anywhere is a leak.
const SECRET_BLOWFISH = 'BfKey-Zq9xW3v7Lm';
const SECRET_HMAC = 'HmacKey-Pk4rT8nQ2y';
const SECRET_AES = 'AesKey-Jd6sF1hB0'; // 16 bytes: AES-128
const IBAN = 'DE44500105175407324931';
const DOB = '1977-08-19';
const BIC = 'INGDDEFFXXX';
const ACC_OWNER = 'Hildegard Quellenberg';
const CARD = '4111111111111111';

const BF_MERCHANT = {
  merchantId: 'shop_secret',
  hmacKey: SECRET_HMAC,
  encryption: 'blowfish' as const,
  blowfishKey: SECRET_BLOWFISH,
  aesKey: SECRET_AES,
};
const SENSITIVE = [IBAN, IBAN.slice(0, -4), DOB, BIC, ACC_OWNER, CARD];
const SECRETS = [SECRET_BLOWFISH, SECRET_HMAC, SECRET_AES];

function expectNoLeak(text: string): void {
  for (const value of [...SECRETS, ...SENSITIVE]) expect(text).not.toContain(value);
}

describe('logs and journal', () => {
  const lines: string[] = [];
  const sim = createTestSimulator({
    merchants: [BF_MERCHANT],
    logger: createLogger('debug', (line) => lines.push(line)),
  });
  const bfKeys = keysOf(BF_MERCHANT);
  const aesKeys: MerchantKeys = { ...bfKeys, encryption: 'aes', encryptionKey: SECRET_AES };
  const personal = {
    IBAN,
    BIC,
    AccOwner: ACC_OWNER,
    DateOfBirth: DOB,
  };
  const bc = (overrides: Record<string, string> = {}) => ({
    ...validBcFields(),
    ...personal,
    RequestReason: 'ZL',
    Amount: '1000',
    TransID: sim.transId(),
    CustomerID: sim.transId(),
    ...overrides,
  });
  const merchant = { merchant: BF_MERCHANT };

  it('keep keys, IBAN, BIC, account owner, birth date and card number out, whatever the call did', async () => {
    const calls = [
      () => sim.call(bc(), merchant),
      () => sim.call(bc({ ReqId: 'secret-replay' }), merchant),
      () => sim.call(bc({ ReqId: 'secret-replay' }), merchant),
      () => sim.call(bc({ Amount: '12ab' }), merchant),
      () => sim.call(bc({ IBAN: `${IBAN}!` }), merchant),
      () => sim.call(bc({ DateOfBirth: `${DOB}x` }), merchant),
      () => sim.call(bc({ OrderDesc: 'Test:0012' }), merchant),
      () => sim.call(bc({ CCNumber: CARD, cardnumber: CARD }), merchant),
      () => sim.call(bc({ CCNr: CARD, KontoNr: IBAN, card_no: CARD, iban_kunde: IBAN }), merchant),
      () => sendEnvelope(sim.app, encodeRequest(bc(), aesKeys), aesKeys),
      () => sendEnvelope(sim.app, encodeRequest(bc(), { ...bfKeys, hmacKey: 'wrong' }), bfKeys),
      () => sendEnvelope(sim.app, encodeRequest(bc(), { ...bfKeys, merchantId: 'nobody' }), bfKeys),
      () => {
        const lowerCase = Object.fromEntries(
          Object.entries(bc()).map(([name, value]) => [name.toLowerCase(), value]),
        );
        const plaintext = plaintextWithMac({ ...lowerCase, merchantid: bfKeys.merchantId }, bfKeys);
        return sendEnvelope(sim.app, encryptPlaintext(plaintext, bfKeys), bfKeys);
      },
      () => {
        const inside = plaintextWithMac({ ...bc(), MerchantID: 'someone_else' }, bfKeys);
        return sendEnvelope(sim.app, encryptPlaintext(inside, bfKeys), bfKeys);
      },
      async () => {
        const check = await sim.call(bc({ RequestReason: 'ZG' }), merchant);
        const PayID = check.fields.PayID ?? '';
        await sim.call({ ...validOc(PayID), TransID: sim.transId() }, merchant);
        return sim.call(
          { ...validUpFields('RG'), ...personal, PayID, TransID: sim.transId(), Amount: '500' },
          merchant,
        );
      },
    ];
    for (const call of calls) {
      const answer = await call();
      expect(answer.httpStatus).toBe(200);
      expectNoLeak(answer.body);
    }

    expect(lines.length).toBeGreaterThanOrEqual(calls.length);
    expectNoLeak(lines.join('\n'));
    const journal = await sim.admin().get('/__sim/journal');
    expect(journal.body.entries.length).toBeGreaterThanOrEqual(calls.length);
    expectNoLeak(journal.text);
    const masked = journal.body.entries.find((e: { request: unknown }) => e.request !== null);
    expect(masked.request.IBAN).toBe(`${'*'.repeat(IBAN.length - 4)}${IBAN.slice(-4)}`);
    expect(masked.request.DateOfBirth).toBe('****');
  });

  it('keep keys and account data out of the admin API', async () => {
    for (const path of ['/__sim/health', '/__sim/payments/shop_secret', '/__sim/scenarios']) {
      const response = await sim.admin().get(path);
      for (const value of [...SECRETS, IBAN, IBAN.slice(0, -4), BIC, ACC_OWNER, CARD]) {
        expect(response.text).not.toContain(value);
      }
    }
    const debtors = await sim.admin().get('/__sim/debtors/shop_secret');
    for (const value of [...SECRETS, IBAN, IBAN.slice(0, -4), BIC, ACC_OWNER, DOB]) {
      expect(debtors.text).not.toContain(value);
    }
  });
});

function validOc(payId: string) {
  return { EventToken: 'OC', PayID: payId, RefNr: '4711', Amount: '1000', Currency: 'EUR' };
}

describe('npm start', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('prints neither keys nor personal data, and listens on 127.0.0.1 by default', async () => {
    const child = startMain({
      PORT: '0',
      LOG_LEVEL: 'debug',
      PAYGATE_MERCHANT_ID: BF_MERCHANT.merchantId,
      PAYGATE_HMAC_KEY: SECRET_HMAC,
      PAYGATE_BLOWFISH_KEY: SECRET_BLOWFISH,
      PAYGATE_AES_KEY: SECRET_AES,
    });
    children.push(child);
    const out = output(child);
    const [, url = '', port = ''] = await out.until(/listening on (http:\/\/127\.0\.0\.1:(\d+))/);
    expect(out.stdout()).toContain(`HMAC key set (${SECRET_HMAC.length} characters)`);

    const keys = keysOf(BF_MERCHANT);
    const fields = { ...validBcFields(), IBAN, BIC, AccOwner: ACC_OWNER, DateOfBirth: DOB };
    const response = await fetch(`${url}/debtor.aspx`, {
      method: 'POST',
      body: new URLSearchParams(encodeRequest({ ...fields, Amount: '1000' }, keys)),
    });
    const decoded = decodeResponseBody(await response.text(), keys);
    expect(decoded.kind === 'encrypted' && decoded.fields.Status).toBe('OK');
    await out.until(/"msg":"call"/);
    await expectUnreachableFromOutside(Number(port));

    child.kill('SIGTERM');
    expect(await out.exited).toBe(0);
    expectNoLeak(out.text());
  });

  it('listens on every interface when HOST=0.0.0.0, with an admin token', async () => {
    const child = startMain({
      PORT: '0',
      HOST: '0.0.0.0',
      SIM_ADMIN_TOKEN: 'a-token-of-16-characters',
    });
    children.push(child);
    const out = output(child);
    const [, port = ''] = await out.until(/listening on http:\/\/0\.0\.0\.0:(\d+)/);
    const health = await fetch(`http://127.0.0.1:${port}/__sim/health`);
    expect(health.status).toBe(200);
    child.kill('SIGTERM');
    expect(await out.exited).toBe(0);
  });
});

describe('configuration errors', () => {
  /** What main.ts prints for a refused configuration: the ConfigError's message. */
  function refusal(env: Record<string, string>): string {
    try {
      configFromEnv(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).message;
    }
    throw new Error('the configuration was accepted');
  }

  it('do not quote a key from a broken merchants file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paygate-sim-secrets-'));
    const file = join(dir, 'merchants.yaml');
    const broken = `- merchantId: shop_a\n  hmacKey: ${SECRET_HMAC}: oops\n  blowfishKey: "${SECRET_BLOWFISH}\n`;
    for (const text of [broken, `[{"merchantId": "a", "hmacKey": "${SECRET_HMAC}" "x"}]`]) {
      writeFileSync(file, text);
      const message = refusal({ SIM_MERCHANTS_FILE: file });
      expect(message).toMatch(/SIM_MERCHANTS_FILE .*line \d+/);
      expectNoLeak(message);
    }
  });

  it('do not quote a key of the wrong length', () => {
    const message = refusal({
      PAYGATE_MERCHANT_ID: 'shop_a',
      PAYGATE_HMAC_KEY: SECRET_HMAC,
      PAYGATE_BLOWFISH_KEY: `${SECRET_BLOWFISH}${'x'.repeat(60)}`,
      PAYGATE_AES_KEY: `${SECRET_AES}X`, // 17 bytes: no AES key
    });
    expect(message).toContain('PAYGATE_AES_KEY');
    expect(message).toContain('PAYGATE_BLOWFISH_KEY');
    expectNoLeak(message);
  });
});

describe('the listening address', () => {
  it('defaults to 127.0.0.1 from the environment and from options', () => {
    expect(configFromEnv({}).host).toBe('127.0.0.1');
    expect(configFromEnv({ HOST: '' }).host).toBe('127.0.0.1');
    expect(defineConfig().host).toBe('127.0.0.1');
    expect(configFromEnv({ HOST: '0.0.0.0', SIM_ADMIN_TOKEN: 'x'.repeat(16) }).host).toBe(
      '0.0.0.0',
    );
  });

  it('refuses to listen beyond loopback without an admin token, naming SIM_ADMIN_TOKEN', () => {
    expect(() => configFromEnv({ HOST: '0.0.0.0' })).toThrow(/SIM_ADMIN_TOKEN/);
    expect(() => defineConfig({ host: '192.168.1.20' })).toThrow(/SIM_ADMIN_TOKEN/);
    expect(() => defineConfig({ host: '127.0.0.2' })).not.toThrow();
    expect(() => configFromEnv({ HOST: '0.0.0.0', SIM_ADMIN_TOKEN: 'short' })).toThrow(
      /16 characters/,
    );
  });

  it('binds every interface when startSimulator is told host 0.0.0.0', async () => {
    const outside = externalAddress();
    const target = outside ?? '127.0.0.1';
    const sim = await startSimulator({
      host: '0.0.0.0',
      adminToken: 'a-token-of-16-characters',
      allowedHosts: [target],
    });
    try {
      expect(sim.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
      const health = await fetch(`http://${target}:${sim.port}/__sim/health`);
      expect(health.status).toBe(200);
      const journal = await fetch(`http://${target}:${sim.port}/__sim/journal`);
      expect(journal.status).toBe(401);
    } finally {
      await sim.close();
    }
  });
});

/** An IPv4 address of this machine other than loopback, if it has one. */
function externalAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return undefined;
}

/** A server bound to 127.0.0.1 refuses connections to the machine's other addresses. */
async function expectUnreachableFromOutside(port: number): Promise<void> {
  const outside = externalAddress();
  if (!outside) return;
  const result = await new Promise<string>((resolve) => {
    const socket = connect({ host: outside, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
  expect(result).toBe('ECONNREFUSED');
}
