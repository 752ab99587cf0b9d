/**
 * The OC, UP RG and card rows of the bench: orders and invoices on payments that
 * exist. Before the run, credit checks (and, for invoices, orders) are made
 * through the simulator itself, and the bodies of the measured calls are
 * encrypted, one per payment, so every measured call acts on real state.
 */
import { decodeResponseBody, encodeRequest, type MerchantKeys } from '../protocol/wire.js';
import { benchBcFields } from './bench-requests.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const AMOUNT = '10000';

interface Payment {
  readonly payId: string;
  readonly customerId: string;
}

/** `count` payments made by posting BCs (and OCs with `ordered`), `concurrency` at a time. */
export async function preparePayments(
  url: string,
  keys: MerchantKeys,
  prefix: string,
  count: number,
  ordered: boolean,
): Promise<Payment[]> {
  const payments: Payment[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const customerId = `K-${prefix}-${n}`;
      const checked = await call(url, keys, benchBcFields(`${prefix}-BC-${n}`, customerId));
      const payId = checked.PayID;
      if (checked.Status !== 'OK' || !payId) throw new Error(`BC refused: ${checked.Description}`);
      if (ordered) {
        const order = await call(url, keys, orderFields(payId, `${prefix}-OC-${n}`));
        if (order.Status !== 'OK') throw new Error(`OC refused: ${order.Description}`);
      }
      payments.push({ payId, customerId });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return payments;
}

/** Encrypted OC bodies, one per checked payment. */
export function orderBodies(payments: readonly Payment[], keys: MerchantKeys): string[] {
  return payments.map((p, i) => body(orderFields(p.payId, `MIX-OC-${i}`), keys));
}

/** Encrypted UP RG bodies, one per ordered payment: the whole order invoiced. */
export function invoiceBodies(payments: readonly Payment[], keys: MerchantKeys): string[] {
  return payments.map((p, i) =>
    body(
      {
        EventToken: 'UP',
        RequestReason: 'RG',
        PayID: p.payId,
        TransID: `MIX-RG-${i}`,
        RefNr: '4711',
        Amount: AMOUNT,
        Currency: 'EUR',
        DebitorID: p.customerId.slice(0, 10),
        FirstName: 'Erika',
        LastName: 'Mustermann',
        AddrStreet: 'Heidestr. 17',
        AddrDistrict: 'Mitte',
        InvoiceDate: '2025-03-01',
        InvoiceText: 'Bench invoice',
        NetAmount: '8403',
      },
      keys,
    ),
  );
}

function orderFields(payId: string, transId: string): Record<string, string> {
  return {
    EventToken: 'OC',
    PayID: payId,
    TransID: transId,
    RefNr: '4711',
    Amount: AMOUNT,
    Currency: 'EUR',
  };
}

/** Live's simulation VISA: every direct call authorizes. */
const CARD = { CCNr: '4111111111111111', CCExpiry: '203012', CCBrand: 'VISA', CCCVC: '123' };

/** Encrypted direct.aspx bodies, each a new card authorization. */
export function directBodies(count: number, keys: MerchantKeys, prefix = 'MIX-CC'): string[] {
  return Array.from({ length: count }, (_, i) => body(directFields(`${prefix}-${i}`), keys));
}

/** `count` authorized card payments made through direct.aspx, 16 at a time; their PayIDs. */
export async function prepareCardPayments(
  url: string,
  keys: MerchantKeys,
  prefix: string,
  count: number,
): Promise<string[]> {
  const payIds: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const answer = await call(url, keys, directFields(`${prefix}-${n}`), '/direct.aspx');
      if (answer.Status !== 'AUTHORIZED' || !answer.PayID) {
        throw new Error(`direct refused: ${answer.Description}`);
      }
      payIds.push(answer.PayID);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return payIds;
}

/** Encrypted capture.aspx bodies: a partial capture on each authorized payment. */
export function captureBodies(payIds: readonly string[], keys: MerchantKeys): string[] {
  return payIds.map((payId, i) =>
    body({ PayID: payId, TransID: `MIX-CAP-${i}`, Amount: '4000', Currency: 'EUR' }, keys),
  );
}

/** One encrypted inquire.aspx body (a read: the same body may repeat). */
export function inquireBody(payId: string, keys: MerchantKeys): string {
  return body({ PayID: payId, TransID: 'MIX-INQ' }, keys);
}

function directFields(transId: string): Record<string, string> {
  return { TransID: transId, Amount: AMOUNT, Currency: 'EUR', Capture: 'MANUAL', ...CARD };
}

function body(fields: Record<string, string>, keys: MerchantKeys): string {
  return new URLSearchParams(encodeRequest(fields, keys)).toString();
}

async function call(
  url: string,
  keys: MerchantKeys,
  fields: Record<string, string>,
  path = '/debtor.aspx',
) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: FORM,
    body: body(fields, keys),
  });
  const decoded = decodeResponseBody(await response.text(), keys);
  return decoded.kind === 'garbled' ? {} : (decoded.fields as Record<string, string | undefined>);
}
