import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaygateClient, PaygateDeclinedError } from '../../client/index.js';
import { type RunningSimulator, startSimulator } from '../../simulator/index.js';
import { creditCheckOf } from '../e2e/client-calls.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { browserAvailable, launchChromium } from './chromium.js';

const enabled = browserAvailable();

const bc = (transId: string) => ({ ...creditCheckOf(transId), IBAN: 'DE89370400440532013000' });

describe.skipIf(!enabled)('the web console in headless Chromium', () => {
  let sim: RunningSimulator;
  let browser: Browser;
  let page: Page;
  let client: PaygateClient;
  const requested: string[] = [];

  beforeAll(async () => {
    sim = await startSimulator({
      merchants: [BLOWFISH_MERCHANT],
      seed: 3,
      clockStart: '2025-03-03',
    });
    client = new PaygateClient({
      baseUrl: sim.url,
      merchantId: BLOWFISH_MERCHANT.merchantId,
      encryptionKey: BLOWFISH_MERCHANT.blowfishKey,
      hmacKey: BLOWFISH_MERCHANT.hmacKey,
      env: {},
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${sim.url}/__sim/ui`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it('shows a call made through the client in the live journal, masked', async () => {
    await client.creditCheck(bc('T-UI-1'));
    const row = page.getByRole('row').filter({ hasText: 'T-UI-1' });
    await row.waitFor({ timeout: 5_000 });
    await row.click();
    const request = await page.locator('#call-request').textContent();
    expect(request).toContain('"TransID": "T-UI-1"');
    expect(request).not.toContain('DE89370400440532013000');
  });

  it('scripts a code from the catalogue, and the next call fails with it', async () => {
    await page.getByRole('tab', { name: 'Codes and scenarios' }).click();
    await page.getByLabel('Search codes (German or English)').fill('Bonität');
    await page.getByLabel('Next call of').selectOption('BC');
    const code = sim.parts.catalogue.get('business.credit-declined');
    await page.getByRole('button', { name: `Answer the next call with ${code.code}` }).click();
    await page.getByRole('listitem').filter({ hasText: code.code }).waitFor();

    const next = client.creditCheck(bc('T-UI-2'));
    await expect(next).rejects.toBeInstanceOf(PaygateDeclinedError);
    await expect(next).rejects.toMatchObject({ code: code.code });
    // Used once, the scenario is gone; the call after it passes again.
    await expect(client.creditCheck(bc('T-UI-3'))).resolves.toMatchObject({ ok: true });
  });

  it('filters the journal by code and shows the payment in the state view', async () => {
    const code = sim.parts.catalogue.get('business.credit-declined').code;
    await page.getByRole('tab', { name: 'Journal' }).click();
    await page.getByLabel('Code', { exact: true }).fill(code);
    await page.getByRole('row').filter({ hasText: 'T-UI-2' }).waitFor();
    expect(await page.locator('#journal-table tbody tr').count()).toBe(1);
    await page.getByLabel('Code', { exact: true }).fill('');

    await page.getByRole('tab', { name: 'State' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator('#payments-table tbody tr').first().waitFor();
    expect(await page.locator('#payments-table tbody tr').count()).toBe(2);
    await page.locator('#payments-table tbody tr').first().press('Enter');
    expect(await page.locator('#payment-json').textContent()).toContain('"creditCheck"');
  });

  it('moves between the tabs with the keyboard', async () => {
    await page.getByRole('tab', { name: 'State' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(':focus').textContent()).toBe('Codes and scenarios');
    expect(await page.locator('#codes').isVisible()).toBe(true);
  });

  it('moves the clock and resets the sandbox from the Sandbox tab', async () => {
    await page.getByRole('tab', { name: 'Sandbox' }).click();
    await page.getByLabel('Set the date').fill('2025-04-01');
    await page.getByRole('button', { name: 'Move the clock' }).click();
    await page.getByText('2025-04-01', { exact: false }).first().waitFor();
    expect(sim.parts.clock.today()).toBe('2025-04-01');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: /^Reset/ }).click();
    await page.getByText('Sandbox reset').waitFor();
    expect(sim.parts.store.stats().merchants).toEqual({});
    expect(sim.parts.clock.today()).toBe('2025-03-03');
  });

  it('never asks anything beyond the simulator on 127.0.0.1', () => {
    expect(requested.length).toBeGreaterThan(5);
    for (const address of requested) expect(new URL(address).origin).toBe(sim.url);
  });
});

describe.skipIf(!enabled)('the web console of a simulator with an admin token', () => {
  it('loads without the token, then asks for it before showing any data', async () => {
    const token = 'console-test-token-0123456789';
    const sim = await startSimulator({ merchants: [BLOWFISH_MERCHANT], adminToken: token });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${sim.url}/__sim/ui/`);
      const field = page.getByLabel('This simulator needs its admin token (SIM_ADMIN_TOKEN)');
      await field.waitFor();
      await field.fill(token);
      await page.getByRole('button', { name: 'Use token' }).click();
      await page.locator('#merchant option').first().waitFor({ state: 'attached' });
      expect(await page.locator('#merchant').inputValue()).toBe(BLOWFISH_MERCHANT.merchantId);
    } finally {
      await browser.close();
      await sim.close();
    }
  });
});
