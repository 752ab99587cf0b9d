import { describe, expect, it } from 'vitest';
import {
  cancelOrder,
  createOrder,
  creditCheck,
  ORDER_AMOUNT,
  openInvoice,
  openOrder,
  update,
} from '../helpers/flows.js';
import { createTestSimulator } from '../helpers/simulator.js';

const UNKNOWN_PAY_ID = 'ABCDEF0123456789ABCDEF0123456789';

describe('business rules of the engine, answered through the wire', () => {
  const sim = createTestSimulator();

  it('rejects a follow-up call on an unknown PayID and echoes the PayID', async () => {
    const answer = await update(sim, 'ZA', UNKNOWN_PAY_ID, { Amount: '100' });
    expect(answer.fields).toMatchObject({
      Status: 'FAILED',
      Code: sim.code('business.unknown-payid'),
    });
    expect(answer.fields.PayID).toBe(UNKNOWN_PAY_ID);
  });

  it('rejects a second order on the same PayID', async () => {
    const payId = await openOrder(sim);
    const again = await createOrder(sim, payId);
    expect(again.fields.Code).toBe(sim.code('business.order-exists'));
  });

  it('rejects an invoice above the open order amount', async () => {
    const payId = await openOrder(sim);
    const invoice = await update(sim, 'RG', payId, { Amount: String(Number(ORDER_AMOUNT) + 1) });
    expect(invoice.fields.Code).toBe(sim.code('business.amount-above-open'));
  });

  it('rejects a credit note above the invoiced amount', async () => {
    const { payId, invoice } = await openInvoice(sim);
    expect(invoice.fields.Status).toBe('OK');
    const credit = await update(sim, 'GU', payId, { Amount: String(Number(ORDER_AMOUNT) + 1) });
    expect(credit.fields.Code).toBe(sim.code('business.credit-above-invoiced'));
  });

  it('rejects a payment above the open balance', async () => {
    const { payId } = await openInvoice(sim);
    const payment = await update(sim, 'ZA', payId, { Amount: ORDER_AMOUNT });
    expect(payment.fields.Code).toBe(sim.code('business.payment-above-balance'));
  });

  it('rejects a payment on an invoice paid with the order (Capture=AUTO)', async () => {
    const payId = await openOrder(sim);
    await update(sim, 'RG', payId, { Capture: 'AUTO' });
    const payment = await update(sim, 'ZA', payId, { Amount: '100' });
    expect(payment.fields.Code).toBe(sim.code('business.already-paid-auto'));
  });

  it('rejects dunning before the due date and accepts it once the clock has passed it', async () => {
    const { payId } = await openInvoice(sim, { DueDate: '2024-06-01' });
    const early = await update(sim, 'MA', payId);
    expect(early.fields.Code).toBe(sim.code('business.not-overdue'));

    await sim.admin().post('/__sim/clock').send({ set: '2024-06-02' }).expect(200);
    const late = await update(sim, 'MA', payId);
    expect(late.fields.Code).toBe(sim.code('ok'));
    await sim.admin().post('/__sim/clock').send({ set: '2024-05-02' }).expect(200);
  });

  it('rejects resetting a dunning level that was never raised (RM)', async () => {
    const { payId } = await openInvoice(sim);
    const reset = await update(sim, 'RM', payId);
    expect(reset.fields.Code).toBe(sim.code('business.no-dunning'));
  });

  it('rejects a second default on the same invoice (DF)', async () => {
    const { payId } = await openInvoice(sim);
    expect((await update(sim, 'DF', payId, { Amount: '1000' })).fields.Status).toBe('OK');
    const again = await update(sim, 'DF', payId, { Amount: '1000' });
    expect(again.fields.Code).toBe(sim.code('business.already-defaulted'));
  });

  it('rejects an invoice after the order was cancelled (RG after OS)', async () => {
    const payId = await openOrder(sim);
    expect((await cancelOrder(sim, payId)).fields.Status).toBe('OK');
    const invoice = await update(sim, 'RG', payId);
    expect(invoice.fields).toMatchObject({
      Status: 'FAILED',
      Code: sim.code('business.order-cancelled'),
    });
  });

  it('declines a credit check above the limit, with Real Solution details', async () => {
    const answer = await creditCheck(sim, { Amount: '9000000' });
    expect(answer.fields.Code).toBe(sim.code('business.credit-declined'));
    expect(answer.fields.CodeExt).toBe('2001');
    expect(answer.fields.ErrorText).toBeTruthy();
  });

  it('changes no state on a rejected call', async () => {
    const { payId } = await openInvoice(sim);
    const before = (await sim.admin().get(`/__sim/payments/shop_blowfish/${payId}`)).body;
    await update(sim, 'ZA', payId, { Amount: ORDER_AMOUNT });
    const after = (await sim.admin().get(`/__sim/payments/shop_blowfish/${payId}`)).body;
    expect(after).toEqual(before);
  });
});
