/**
 * Takes the README's screenshots of the web console: a simulator with a few
 * calls (a credit check, an order, a card payment, a scripted decline), then
 * the Journal, State and Codes views in headless Chromium.
 * Run: npm run build && npx tsx scripts/console-screenshots.ts
 */
import { PaygateClient } from '../client/index.js';
import { DEMO_MERCHANT } from '../simulator/merchants/demo-merchant.js';
import { startSimulator } from '../simulator/start.js';
import { launchChromium } from '../test/browser/chromium.js';

const sim = await startSimulator({ seed: 4, clockStart: '2025-03-03' });
const client = new PaygateClient({
  baseUrl: sim.url,
  merchantId: DEMO_MERCHANT.merchantId,
  encryptionKey: DEMO_MERCHANT.blowfishKey ?? '',
  hmacKey: DEMO_MERCHANT.hmacKey,
  env: {},
  throwOnFailure: false,
});
const debtor = {
  RefNr: '4711',
  Amount: '8925',
  Currency: 'EUR',
  FirstName: 'Erika',
  LastName: 'Mustermann',
  AddrStreet: 'Heidestr. 17',
  AddrDistrict: 'Mitte',
};
const check = await client.creditCheck({
  ...debtor,
  TransID: '4711-BC',
  RequestReason: 'ZG',
  CustomerID: 'K1001',
});
await client.createOrder({
  PayID: check.payId ?? '',
  TransID: '4711-OC',
  RefNr: '4711',
  Amount: '8925',
  Currency: 'EUR',
});
const card = await client.authorizeCard({
  TransID: '4712-AUTH',
  Amount: '12000',
  Currency: 'EUR',
  CCNr: '4111111111111111',
  CCExpiry: '203012',
  CCBrand: 'VISA',
});
await client.capture({
  PayID: card.payId ?? '',
  TransID: '4712-CAP-1',
  Amount: '7000',
  Currency: 'EUR',
});
await fetch(`${sim.url}/__sim/scenarios`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    match: { eventToken: 'BC' },
    respond: { key: 'business.credit-declined' },
    times: 1,
  }),
});
await client.creditCheck({
  ...debtor,
  TransID: '4713-BC',
  RequestReason: 'ZG',
  CustomerID: 'K1002',
});

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
await page.goto(`${sim.url}/__sim/ui/`);
await page.getByRole('row').filter({ hasText: '4713-BC' }).click();
await page.screenshot({ path: 'docs/images/console-journal.png', fullPage: true });
await page.getByRole('tab', { name: 'State' }).click();
await page.getByRole('button', { name: 'Refresh' }).click();
await page.locator('#gateway-table tbody tr').first().waitFor();
await page.screenshot({ path: 'docs/images/console-state.png', fullPage: true });
await page.getByRole('tab', { name: 'Codes and scenarios' }).click();
await page.getByLabel('Search codes (German or English)').fill('capture');
await page.screenshot({ path: 'docs/images/console-codes.png', fullPage: true });
await browser.close();
await sim.close();
console.log('wrote docs/images/console-{journal,state,codes}.png');
