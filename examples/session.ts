import { type PaygateClient, toStorable } from '../client/index.js';
import { demoClient } from './lib/demo-client.js';
import { isMain, runMain } from './lib/run-main.js';
import { newCustomerId, newOrderNr, todayInBerlin } from './lib/sample-data.js';

/**
 * The session of docs/session.md with the typed client: a credit check, the
 * order, an invoice for what ships (two of three articles) and its payment,
 * all on one PayID. Returns what an ERP keeps of each answer.
 */
export async function session(
  client: PaygateClient,
  orderNr: string,
  customerId: string,
  invoiceDate: string,
) {
  const person = {
    FirstName: 'Erika',
    LastName: 'Mustermann',
    AddrStreet: 'Heidestr. 17',
    AddrDistrict: 'Mitte',
  };
  const money = (amount: number) => ({ RefNr: orderNr, Amount: String(amount), Currency: 'EUR' });

  const check = await client.creditCheck({
    TransID: `${orderNr}-BC`,
    ...money(8925),
    RequestReason: 'ZG',
    CustomerID: customerId,
    ...person,
  });
  const payId = check.payId ?? '';
  const order = await client.createOrder({
    PayID: payId,
    TransID: `${orderNr}-OC`,
    ...money(8925),
  });
  const invoice = await client.invoice({
    PayID: payId,
    TransID: `${orderNr}-RG-1`,
    ...money(5950),
    NetAmount: '5000',
    PayType: 'RG',
    DebitorID: customerId,
    ...person,
    InvoiceNr: `RE-${orderNr}-1`,
    InvoiceDate: invoiceDate,
    InvoiceText: `Rechnung RE-${orderNr}-1 zu Auftrag ${orderNr}`,
    ArticleList:
      'TEE-01;Darjeeling 250 g;;1190;1000;1900;Tee+KAN-02;Teekanne 1,2 l;;4760;4000;1900;Geschirr',
    TaxCode: '1900',
  });
  const payment = await client.payment({
    PayID: payId,
    TransID: `${orderNr}-ZA-1`,
    ...money(5950),
  });
  return [check, order, invoice, payment].map(toStorable);
}

if (isMain(import.meta.url)) {
  await runMain(() =>
    session(demoClient(process.env), newOrderNr(), newCustomerId(), todayInBerlin()),
  );
}
