import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaygateClient } from '../../client/index.js';
import { type RunningSimulator, startSimulator } from '../../simulator/index.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { browserAvailable, launchChromium } from './chromium.js';
import { type ShopServer, startShopServer } from './shop-server.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('hosted payment pages in headless Chromium', () => {
  let sim: RunningSimulator;
  let shop: ShopServer;
  let browser: Browser;
  let client: PaygateClient;
  /** Every address the browser asked for, to prove nothing leaves the machine. */
  const requested: string[] = [];

  beforeAll(async () => {
    sim = await startSimulator({
      merchants: [BLOWFISH_MERCHANT],
      seed: 7,
      clockStart: '2026-03-02T09:00:00Z',
      notifyDelaysMs: [0, 20, 20],
    });
    shop = await startShopServer();
    browser = await launchChromium();
    client = new PaygateClient({
      baseUrl: sim.url,
      merchantId: BLOWFISH_MERCHANT.merchantId,
      encryptionKey: BLOWFISH_MERCHANT.blowfishKey,
      hmacKey: BLOWFISH_MERCHANT.hmacKey,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await sim?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
    return page;
  }

  function pageUrl(page: 'payssl' | 'paypal', transId: string, extra: Record<string, string> = {}) {
    return client.hostedPageUrl(page, {
      TransID: transId,
      Amount: '12000',
      Currency: 'EUR',
      OrderDesc: `Order ${transId}`,
      URLSuccess: `${shop.url}/ok`,
      URLFailure: `${shop.url}/failed`,
      URLNotify: `${shop.url}/notify`,
      ...extra,
    });
  }

  async function notificationsFor(payId: string, count: number) {
    await expect
      .poll(
        () => shop.notifications.filter((n) => client.readRedirect(n.body).payId === payId).length,
        { timeout: 5_000 },
      )
      .toBe(count);
    return shop.notifications.filter((n) => client.readRedirect(n.body).payId === payId);
  }

  it('pays with a card through the 3-D Secure challenge, lands on URLSuccess and notifies', async () => {
    shop.failNextNotifications(1);
    const page = await newPage();
    await page.goto(pageUrl('payssl', 'T-3DS-1'));
    await expect(page.getByRole('heading', { name: 'Card payment' }).isVisible()).resolves.toBe(
      true,
    );
    await page.getByLabel('Card holder').fill('Erika Mustermann');
    await page.getByLabel('Card number').fill('4000 0000 0000 3220');
    await page.getByLabel('Expiry year').selectOption('2030');
    await page.getByLabel('Security code (CVC)').fill('123');
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.getByLabel('Confirmation code').fill('1234');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(`${shop.url}/ok?**`);

    const landed = client.readRedirect(page.url());
    expect(landed).toMatchObject({ status: 'AUTHORIZED', code: '00000000', transId: 'T-3DS-1' });
    expect(landed.card?.brand).toBe('VISA');
    expect(page.url()).not.toContain('3220'.padStart(16, '0'));

    // The shop answered the first post with 500: the simulator tried again.
    const posts = await notificationsFor(landed.payId ?? '', 2);
    expect(posts.map((n) => n.answered)).toEqual([500, 200]);
    expect(client.readRedirect(posts[1]?.body ?? '').status).toBe('AUTHORIZED');

    // Capture only what ships, in two parts.
    const payId = landed.payId ?? '';
    await client.capture({ PayID: payId, TransID: 'T-3DS-1-C1', Amount: '7000', Currency: 'EUR' });
    await client.capture({ PayID: payId, TransID: 'T-3DS-1-C2', Amount: '5000', Currency: 'EUR' });
    const inquiry = await client.inquire({ PayID: payId });
    expect(inquiry.amounts).toMatchObject({ authorized: 12000, captured: 12000, credited: 0 });
    await page.close();
  });

  it('sends the browser to URLFailure when the challenge fails', async () => {
    const page = await newPage();
    await page.goto(pageUrl('payssl', 'T-3DS-2'));
    await page.getByLabel('Card number').fill('5105105105105100');
    await page.getByLabel('Expiry year').selectOption('2030');
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.getByLabel('Confirmation code').fill('0000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(`${shop.url}/failed?**`);
    const failed = client.readRedirect(page.url());
    expect(failed.status).toBe('FAILED');
    expect(failed.code).toBe(sim.parts.catalogue.get('payments.3ds-failed').code);
    await notificationsFor(failed.payId ?? '', 1);
    await page.close();
  });

  it('shows a readable error on the form for a mistyped card number', async () => {
    const page = await newPage();
    await page.goto(pageUrl('payssl', 'T-TYPO'));
    await page.getByLabel('Card number').fill('4111111111111112');
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('check digit');
    await page.close();
  });

  it('pays with PayPal, captures at once and refunds to PayPal on the original PayID', async () => {
    const page = await newPage();
    await page.goto(pageUrl('paypal', 'T-PP-1', { Capture: 'AUTO' }));
    await page.getByRole('button', { name: 'Approve payment' }).click();
    await page.waitForURL(`${shop.url}/ok?**`);
    const paid = client.readRedirect(page.url());
    expect(paid.status).toBe('OK');
    const refund = await client.credit({
      PayID: paid.payId ?? '',
      TransID: 'T-PP-1-R',
      Amount: '2000',
      Currency: 'EUR',
    });
    expect(refund.ok).toBe(true);
    const stored = await fetch(
      `${sim.url}/__sim/gateway-payments/${BLOWFISH_MERCHANT.merchantId}/${paid.payId}`,
    ).then((r) => r.json());
    expect(stored).toMatchObject({
      method: 'paypal',
      amounts: { captured: 12000, credited: 2000 },
    });
    await page.close();
  });

  it('never lets the browser ask anything beyond 127.0.0.1', () => {
    expect(requested.length).toBeGreaterThan(10);
    for (const address of requested) expect(new URL(address).hostname).toBe('127.0.0.1');
  });
});
