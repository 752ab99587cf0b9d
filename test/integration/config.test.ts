import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PaygateClient } from '../../client/index.js';
import { catalogue } from '../../protocol/codes/index.js';
import { createParts } from '../../simulator/app.js';
import { configFromEnv } from '../../simulator/config/env.js';
import { defineConfig } from '../../simulator/config/simulator-config.js';
import { createLogger } from '../../simulator/log/logger.js';
import { startSimulator } from '../../simulator/start.js';
import { validBcFields } from '../fixtures/requests.js';
import { BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';

const dir = mkdtempSync(join(tmpdir(), 'paygate-sim-config-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('configuration from the environment', () => {
  it('falls back to the demo merchant on 127.0.0.1:8080', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      demoMerchant: true,
      logLevel: 'info',
    });
    expect(config.merchants.map((m) => m.merchantId)).toEqual(['sim_demo']);
  });

  it('is silent by default under a test runner', () => {
    expect(configFromEnv({ VITEST: 'true' }).logLevel).toBe('silent');
  });

  it('treats empty variables as unset, as docker-compose passes them', () => {
    const config = configFromEnv({ PAYGATE_MERCHANT_ID: '', PAYGATE_HMAC_KEY: '', PORT: '' });
    expect(config).toMatchObject({ demoMerchant: true, port: 8080 });
  });

  it('reads one merchant from PAYGATE_* variables', () => {
    const config = configFromEnv({
      PAYGATE_MERCHANT_ID: 'shop',
      PAYGATE_HMAC_KEY: 'h',
      PAYGATE_ENCRYPTION: 'aes',
      PAYGATE_AES_KEY: '0123456789abcdef',
      SIM_SEED: '7',
      SIM_CLOCK: '2025-03-01',
      SIM_CREDIT_LIMIT: '100000',
    });
    expect(config.merchants).toEqual([
      { merchantId: 'shop', hmacKey: 'h', encryption: 'aes', aesKey: '0123456789abcdef' },
    ]);
    expect(config).toMatchObject({
      seed: 7,
      clockStart: '2025-03-01',
      creditLimit: 100000,
      demoMerchant: false,
    });
  });

  it('names the variable that is missing', () => {
    expect(() =>
      configFromEnv({
        PAYGATE_MERCHANT_ID: 'shop',
        PAYGATE_HMAC_KEY: 'h',
        PAYGATE_ENCRYPTION: 'aes',
      }),
    ).toThrow(/PAYGATE_AES_KEY/);
    expect(() => configFromEnv({ PAYGATE_MERCHANT_ID: 'shop' })).toThrow(/PAYGATE_HMAC_KEY/);
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('rejects unknown SIM_ variables and suggests the one meant', () => {
    expect(() => configFromEnv({ SIM_SEEED: '1' })).toThrow(/SIM_SEEED.*did you mean SIM_SEED/);
  });

  it('reads merchants from a YAML file and a JSON file', () => {
    const yaml = file('m.yaml', '- merchantId: a\n  hmacKey: ha\n  blowfishKey: ba\n');
    const json = file(
      'm.json',
      JSON.stringify({
        merchants: [
          { merchantId: 'b', hmacKey: 'hb', encryption: 'aes', aesKey: '0123456789abcdef' },
        ],
      }),
    );
    expect(configFromEnv({ SIM_MERCHANTS_FILE: yaml }).merchants.map((m) => m.merchantId)).toEqual([
      'a',
    ]);
    expect(configFromEnv({ SIM_MERCHANTS_FILE: json }).merchants.map((m) => m.merchantId)).toEqual([
      'b',
    ]);
  });

  it('names the file and the field of a bad merchants file', () => {
    const bad = file('bad.yaml', '- merchantId: a\n  blowfishKey: ba\n');
    expect(() => configFromEnv({ SIM_MERCHANTS_FILE: bad })).toThrow(
      `SIM_MERCHANTS_FILE ${bad}: [0].hmacKey`,
    );
    expect(() => configFromEnv({ SIM_MERCHANTS_FILE: join(dir, 'missing.yaml') })).toThrow(
      /cannot read/,
    );
  });

  it('rejects a merchant configured twice', () => {
    const twice = file('twice.yaml', '- { merchantId: a, hmacKey: h, blowfishKey: b }\n');
    expect(() =>
      configFromEnv({
        SIM_MERCHANTS_FILE: twice,
        PAYGATE_MERCHANT_ID: 'a',
        PAYGATE_HMAC_KEY: 'h',
        PAYGATE_BLOWFISH_KEY: 'b',
      }),
    ).toThrow(/twice/);
  });

  it('applies a codes file to the catalogue', () => {
    const codes = file(
      'codes.json',
      JSON.stringify([{ key: 'business.credit-declined', code: '22019999' }]),
    );
    const parts = createParts(configFromEnv({ SIM_CODES_FILE: codes }));
    expect(parts.catalogue.get('business.credit-declined').code).toBe('22019999');
    expect(() =>
      configFromEnv({ SIM_CODES_FILE: file('bad-codes.json', '[{"code":"X"}]') }),
    ).toThrow(/SIM_CODES_FILE/);
  });
});

describe('programmatic configuration', () => {
  it('defaults to port 0 and silence', () => {
    expect(defineConfig()).toMatchObject({ port: 0, logLevel: 'silent', host: '127.0.0.1' });
  });

  it('rejects unknown options', () => {
    expect(() => defineConfig({ sead: 1 } as never)).toThrow(/sead/);
  });
});

describe('credit limits from the configuration, over the wire', () => {
  it("takes a merchant's own limit from the merchants file, and a debtor's from the options", async () => {
    const merchants = file(
      'limits.yaml',
      [
        `- merchantId: ${BLOWFISH_MERCHANT.merchantId}`,
        `  hmacKey: ${BLOWFISH_MERCHANT.hmacKey}`,
        `  blowfishKey: ${BLOWFISH_MERCHANT.blowfishKey}`,
        '  creditLimit: 20000',
      ].join('\n'),
    );
    const fromFile = configFromEnv({ SIM_MERCHANTS_FILE: merchants });
    const sim = await startSimulator({
      merchants: [...fromFile.merchants],
      creditLimits: [{ customerId: 'K-VIP', limit: 90_000 }],
    });
    try {
      const client = new PaygateClient({
        ...keysOf(BLOWFISH_MERCHANT),
        baseUrl: sim.url,
        throwOnFailure: false,
        env: {},
      });
      const { MerchantID: _m, MAC: _mac, ...bc } = validBcFields();
      const check = (transId: string, customerId: string, amount: string) =>
        client.creditCheck({ ...bc, TransID: transId, CustomerID: customerId, Amount: amount });
      expect((await check('LIM-1', 'K-1', '20001')).code).toBe(
        catalogue.get('business.credit-declined').code,
      );
      expect((await check('LIM-2', 'K-2', '20000')).status).toBe('OK');
      expect((await check('LIM-3', 'K-VIP', '90000')).status).toBe('OK');
    } finally {
      await sim.close();
    }
  });

  it('rejects a limit that is no whole number of cents', () => {
    expect(() => defineConfig({ creditLimits: [{ customerId: 'K-1', limit: 10.5 }] })).toThrow(
      /creditLimits/,
    );
  });
});

describe('start-up scenario rules', () => {
  it('log a warning for a field name the reference lacks, once at start', () => {
    const lines: string[] = [];
    createParts(
      defineConfig({
        scenarios: [
          { id: 'typo', match: { fields: { LastNmae: '^T' } }, pass: true },
          { id: 'fine', match: { fields: { lastname: '^T' } }, pass: true },
        ],
      }),
      { logger: createLogger('warn', (line) => lines.push(line)) },
    );
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 'warn',
      msg: 'scenario rule may never match',
      id: 'typo',
    });
  });
});
