import { describe, expect, it } from 'vitest';
import { openOrder, update } from '../helpers/flows.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';

// ZA, MA, RM and DF name the invoice they act on by InvoiceNr (decision 004);
// the reference keeps InvoiceNr optional for every UP reason (decision 003).
describe('InvoiceNr on payments, dunning and defaults, through the wire', () => {
  const sim = createTestSimulator();

  async function twoInvoices(): Promise<string> {
    const payId = await openOrder(sim);
    for (const invoiceNr of ['R-1', 'R-2']) {
      const invoice = await update(sim, 'RG', payId, { Amount: '1000', InvoiceNr: invoiceNr });
      expect(invoice.fields.Status).toBe('OK');
    }
    return payId;
  }

  function invoiceOpen(payId: string, invoiceNr: string): number | undefined {
    const payment = sim.parts.store.getPayment(BLOWFISH_MERCHANT.merchantId, payId);
    return payment?.invoices.find((invoice) => invoice.invoiceNr === invoiceNr)?.openAmount;
  }

  it('pays the invoice a ZA names, not the oldest one', async () => {
    const payId = await twoInvoices();
    const payment = await update(sim, 'ZA', payId, { Amount: '1000', InvoiceNr: 'R-2' });
    expect(payment.fields.Status).toBe('OK');
    expect(invoiceOpen(payId, 'R-1')).toBe(1000);
    expect(invoiceOpen(payId, 'R-2')).toBe(0);
  });

  it('rejects a ZA that names an invoice the PayID does not have, and books nothing', async () => {
    const payId = await twoInvoices();
    const payment = await update(sim, 'ZA', payId, { Amount: '1000', InvoiceNr: 'NOPE' });
    expect(payment.fields.Code).toBe(sim.code('business.invoice-unknown'));
    expect(invoiceOpen(payId, 'R-1')).toBe(1000);
    expect(invoiceOpen(payId, 'R-2')).toBe(1000);
  });

  it('writes off only the invoice a DF names', async () => {
    const payId = await twoInvoices();
    const writeOff = await update(sim, 'DF', payId, { Amount: '1000', InvoiceNr: 'R-2' });
    expect(writeOff.fields.Status).toBe('OK');
    const payment = sim.parts.store.getPayment(BLOWFISH_MERCHANT.merchantId, payId);
    const defaulted = payment?.invoices
      .filter((invoice) => invoice.defaulted)
      .map((i) => i.invoiceNr);
    expect(defaulted).toEqual(['R-2']);
  });
});
