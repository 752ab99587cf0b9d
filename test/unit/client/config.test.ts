import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  clientConfigFromEnv,
  PaygateClient,
  PaygateConfigError,
  resolveClientConfig,
} from '../../../client/index.js';

const env = {
  PAYGATE_MERCHANT_ID: 'shop-env',
  PAYGATE_BLOWFISH_KEY: 'bf-secret-value',
  PAYGATE_HMAC_KEY: 'hmac-secret-value',
};

function configError(run: () => unknown): PaygateConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof PaygateConfigError) return error;
    throw error;
  }
  throw new Error('expected a PaygateConfigError');
}

describe('clientConfigFromEnv', () => {
  it('reads the PAYGATE_* variables and fills the defaults', () => {
    expect({ ...clientConfigFromEnv(env) }).toEqual({
      baseUrl: 'http://127.0.0.1:8080',
      merchantId: 'shop-env',
      encryption: 'blowfish',
      encryptionKey: 'bf-secret-value',
      hmacKey: 'hmac-secret-value',
      timeoutMs: 30_000,
    });
  });

  it('switches to the live gateway by base URL alone, trailing slash dropped', () => {
    const config = clientConfigFromEnv({
      ...env,
      PAYGATE_BASE_URL: 'https://www.computop-paygate.com/',
    });
    expect(config.baseUrl).toBe('https://www.computop-paygate.com');
  });

  it('treats empty variables as unset, as docker-compose writes them', () => {
    const config = clientConfigFromEnv({ ...env, PAYGATE_BASE_URL: '', PAYGATE_TIMEOUT_MS: '' });
    expect(config.baseUrl).toBe('http://127.0.0.1:8080');
    expect(config.timeoutMs).toBe(30_000);
  });

  it('takes the AES key from PAYGATE_AES_KEY when encryption is aes', () => {
    const aesKey = '0123456789abcdef';
    const config = clientConfigFromEnv({
      ...env,
      PAYGATE_ENCRYPTION: 'aes',
      PAYGATE_AES_KEY: aesKey,
    });
    expect(config).toMatchObject({ encryption: 'aes', encryptionKey: aesKey });
  });

  it('rejects an AES key of the wrong length', () => {
    const error = configError(() => clientConfigFromEnv({ ...env, PAYGATE_ENCRYPTION: 'aes' }));
    expect(error.message).toContain('16, 24 or 32 bytes');
  });

  it('names every bad variable without printing any key', () => {
    const error = configError(() =>
      clientConfigFromEnv({
        PAYGATE_BLOWFISH_KEY: 'bf-secret-value',
        PAYGATE_ENCRYPTION: 'des',
        PAYGATE_TIMEOUT_MS: 'soon',
        PAYGATE_BASE_URL: 'ftp://example.com',
      }),
    );
    for (const name of [
      'PAYGATE_MERCHANT_ID',
      'PAYGATE_HMAC_KEY',
      'PAYGATE_ENCRYPTION',
      'PAYGATE_TIMEOUT_MS',
      'PAYGATE_BASE_URL',
    ]) {
      expect(error.message).toContain(name);
    }
    expect(error.message).not.toContain('bf-secret-value');
    expect(error.type).toBe('PaygateConfigError');
  });

  it('masks the keys in inspect, JSON and string form', () => {
    const config = clientConfigFromEnv(env);
    for (const shown of [inspect(config), JSON.stringify(config), String(config), `${config}`]) {
      expect(shown).toContain('shop-env');
      expect(shown).not.toContain('bf-secret-value');
      expect(shown).not.toContain('hmac-secret-value');
    }
    expect(inspect(new PaygateClient({ env }))).not.toContain('secret-value');
  });
});

describe('resolveClientConfig', () => {
  it('lets options win over the environment, field by field', () => {
    const config = resolveClientConfig(
      { merchantId: 'shop-opt', timeoutMs: 500, baseUrl: undefined },
      env,
    );
    expect(config).toMatchObject({
      merchantId: 'shop-opt',
      timeoutMs: 500,
      hmacKey: 'hmac-secret-value',
    });
  });

  it('rejects unknown options', () => {
    const error = configError(() => resolveClientConfig({ merchantID: 'x' } as never, env));
    expect(error.message).toContain('merchantID');
  });
});
