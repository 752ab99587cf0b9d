import { describe, expect, it } from 'vitest';
import { update } from '../helpers/flows.js';
import { createTestSimulator } from '../helpers/simulator.js';

describe('POST /__sim/state builds provider states through the engine', () => {
  const sim = createTestSimulator();

  it('seeds an invoice through the engine and returns its PayID', async () => {
    const seeded = await sim
      .admin()
      .post('/__sim/state')
      .send({ kind: 'invoice', amount: 5000, invoice: { dueDate: '2024-01-31' } })
      .expect(201);
    const payId = seeded.body.payId as string;
    expect(payId).toMatch(/^[0-9a-f]{32}$/);
    expect(seeded.body.steps.map((s: { eventToken: string }) => s.eventToken)).toEqual([
      'BC',
      'OC',
      'UP',
    ]);
    const payment = await sim.admin().get(`/__sim/payments/shop_blowfish/${payId}`).expect(200);
    expect(payment.body.balances).toMatchObject({ invoicedAmount: 5000, openAmount: 5000 });
    // The seeded state is one a client can continue from.
    const dunning = await update(sim, 'MA', payId);
    expect(dunning.fields.Code).toBe(sim.code('ok'));
  });

  it('seeds orders and credit checks for a named merchant and customer', async () => {
    const order = await sim
      .admin()
      .post('/__sim/state')
      .send({ merchantId: 'shop_aes', kind: 'order', customerId: 'K-777' })
      .expect(201);
    expect(order.body).toMatchObject({ merchantId: 'shop_aes', customerId: 'K-777' });
    await sim.admin().get(`/__sim/payments/shop_aes/${order.body.payId}`).expect(200);
    const check = await sim
      .admin()
      .post('/__sim/state')
      .send({ kind: 'credit-check', requestReason: 'VK' })
      .expect(201);
    expect(check.body.steps).toHaveLength(1);
  });

  it('reports a state the engine refuses with 409 and the code key', async () => {
    await sim
      .admin()
      .post('/__sim/state')
      .send({ kind: 'debtor', customerId: 'K-LOW', creditLimit: 100 })
      .expect(201);
    const refused = await sim
      .admin()
      .post('/__sim/state')
      .send({ kind: 'order', customerId: 'K-LOW', amount: 5000 })
      .expect(409);
    expect(refused.body).toMatchObject({ error: 'engine-refused' });
    expect(refused.body.steps[0].codeKey).toBe('business.credit-declined');
  });

  it('rejects a state request it cannot read', async () => {
    await sim.admin().post('/__sim/state').send({ kind: 'nonsense' }).expect(400);
    await sim
      .admin()
      .post('/__sim/state')
      .send({ kind: 'order', merchantId: 'nobody' })
      .expect(404);
  });
});
