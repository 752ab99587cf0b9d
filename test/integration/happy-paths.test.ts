import { describe, expect, it } from 'vitest';
import { validBcFields, validDcFields } from '../fixtures/requests.js';
import {
  cancelOrder,
  createOrder,
  creditCheck,
  ORDER_AMOUNT,
  openInvoice,
  openOrder,
  update,
} from '../helpers/flows.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';

const OK = '00000000';
const an32 = /^[0-9a-f]{32}$/;

describe('every call answers OK through the encrypted wire', () => {
  const sim = createTestSimulator();

  it.each(['ZG', 'ZL', 'VK', 'VL'])(
    'checks credit (BC %s) and answers a new PayID and XID',
    async (reason) => {
      const answer = await creditCheck(sim, { RequestReason: reason });
      expect(answer.httpStatus).toBe(200);
      expect(answer.decoded.kind).toBe('encrypted');
      expect(answer.decoded.kind === 'encrypted' && answer.decoded.macValid).toBe(true);
      expect(answer.fields).toMatchObject({
        mid: BLOWFISH_MERCHANT.merchantId,
        Status: 'OK',
        Code: OK,
      });
      expect(answer.fields.PayID).toMatch(an32);
      expect(answer.fields.XID).toMatch(an32);
      expect(answer.fields.ReferenzID).toMatch(/^\d+$/);
    },
  );

  it('echoes TransID and RefNr in every answer', async () => {
    const fields = { ...validBcFields(), TransID: sim.transId(), Amount: ORDER_AMOUNT };
    const answer = await sim.call(fields);
    expect(answer.fields.TransID).toBe(fields.TransID);
    expect(answer.fields.RefNr).toBe(fields.RefNr);
  });

  it('stores a debtor without a check (DC)', async () => {
    const answer = await sim.call({ ...validDcFields(), TransID: sim.transId() });
    expect(answer.fields).toMatchObject({ Status: 'OK', Code: OK });
    expect(answer.fields.PayID).toMatch(an32);
  });

  it('creates an order on a checked PayID (OC)', async () => {
    const check = await creditCheck(sim);
    const order = await createOrder(sim, check.fields.PayID ?? '');
    expect(order.fields).toMatchObject({ Status: 'OK', Code: OK, PayID: check.fields.PayID });
    expect(order.fields.XID).not.toBe(check.fields.XID);
  });

  it('invoices an order (UP RG)', async () => {
    const { invoice, payId } = await openInvoice(sim);
    expect(invoice.fields).toMatchObject({ Status: 'OK', Code: OK, PayID: payId });
  });

  it('credits part of an invoice (UP GU)', async () => {
    const { payId } = await openInvoice(sim);
    const credit = await update(sim, 'GU', payId, { Amount: '1000', NetAmount: '840' });
    expect(credit.fields).toMatchObject({ Status: 'OK', Code: OK });
  });

  it('books a payment (UP ZA)', async () => {
    const { payId } = await openInvoice(sim);
    const payment = await update(sim, 'ZA', payId, { Amount: '1000' });
    expect(payment.fields).toMatchObject({ Status: 'OK', Code: OK });
  });

  it('duns an overdue invoice, resets the dunning and reports a default (UP MA, RM, DF)', async () => {
    const { payId } = await openInvoice(sim, { DueDate: '2024-04-01' });
    expect((await update(sim, 'MA', payId)).fields.Code).toBe(OK);
    expect((await update(sim, 'RM', payId)).fields.Code).toBe(OK);
    expect((await update(sim, 'DF', payId, { Amount: '1000' })).fields.Code).toBe(OK);
  });

  it('invoices an order already paid with it (Capture=AUTO)', async () => {
    const payId = await openOrder(sim);
    const invoice = await update(sim, 'RG', payId, { Capture: 'AUTO' });
    expect(invoice.fields).toMatchObject({ Status: 'OK', Code: OK });
  });

  it('cancels an order (OS)', async () => {
    const payId = await openOrder(sim);
    const cancel = await cancelOrder(sim, payId);
    expect(cancel.fields).toMatchObject({ Status: 'OK', Code: OK, PayID: payId });
  });
});
