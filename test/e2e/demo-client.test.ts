import { describe, expect, it } from 'vitest';
import { DEMO_MERCHANT_ENV, demoClient, withDemoMerchant } from '../../examples/lib/demo-client.js';
import { isMain } from '../../examples/lib/run-main.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';

describe('demoClient', () => {
  it('holds the keys of the demo merchant a bare npm start answers', () => {
    expect(DEMO_MERCHANT_ENV).toEqual({
      PAYGATE_MERCHANT_ID: DEMO_MERCHANT.merchantId,
      PAYGATE_BLOWFISH_KEY: DEMO_MERCHANT.blowfishKey,
      PAYGATE_AES_KEY: DEMO_MERCHANT.aesKey,
      PAYGATE_HMAC_KEY: DEMO_MERCHANT.hmacKey,
    });
  });

  it('falls back to the demo merchant and the simulator address without PAYGATE_*', () => {
    const { config } = demoClient({});
    expect(config).toMatchObject({
      baseUrl: 'http://127.0.0.1:8080',
      merchantId: 'sim_demo',
      encryption: 'blowfish',
    });
  });

  it('keeps the base URL and the cipher of the environment with the demo keys', () => {
    const env = withDemoMerchant({
      PAYGATE_BASE_URL: 'http://127.0.0.1:9999',
      PAYGATE_ENCRYPTION: 'aes',
      PAYGATE_HMAC_KEY: 'a key without a merchant',
    });
    expect(env).toMatchObject({
      PAYGATE_BASE_URL: 'http://127.0.0.1:9999',
      PAYGATE_ENCRYPTION: 'aes',
      PAYGATE_HMAC_KEY: DEMO_MERCHANT.hmacKey,
    });
    expect(demoClient(env).config.encryptionKey).toBe(DEMO_MERCHANT.aesKey);
  });

  it('uses a configured merchant as it is', () => {
    const env = {
      PAYGATE_MERCHANT_ID: 'shop_1',
      PAYGATE_BLOWFISH_KEY: 'shop-key',
      PAYGATE_HMAC_KEY: 'shop-hmac',
    };
    expect(withDemoMerchant(env)).toBe(env);
    expect(demoClient(env).config.merchantId).toBe('shop_1');
  });
});

describe('isMain', () => {
  it('tells the started script from an imported module', () => {
    const url = new URL('../../examples/order-entry.ts', import.meta.url).href;
    const script = new URL(url).pathname;
    expect(isMain(url, ['node', script])).toBe(true);
    expect(isMain(url, ['node', '/somewhere/else.ts'])).toBe(false);
    expect(isMain(url, ['node'])).toBe(false);
  });
});
