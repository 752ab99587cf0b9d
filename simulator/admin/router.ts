import express, { type Response, Router } from 'express';
import type { SimulatorParts } from '../app.js';
import { clockRoutes } from './clock-routes.js';
import { sameOriginChanges } from './same-origin.js';
import { scenarioRoutes } from './scenario-routes.js';
import { createStateSeeder } from './seed-state.js';
import { stateRequestSchema } from './state-request.js';

/**
 * The simulator's own API under `/__sim/`: JSON in, JSON out. It holds no
 * keys and never returns any; the journal it serves is masked.
 */
export function adminRouter(parts: SimulatorParts): Router {
  const router = Router();
  router.use(sameOriginChanges);
  // Any body is read as JSON, whatever its Content-Type: `curl -d '{...}'`
  // without a header sends a form type, and is still meant as JSON.
  router.use(express.json({ limit: parts.config.bodyLimitBytes, type: () => true }));
  const { store, journal } = parts;
  let seedState = createStateSeeder(parts);
  router.use(scenarioRoutes(parts)); // /scenarios; also resets them on POST /reset (decision 008)

  router.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      merchants: parts.merchants.ids(),
      demoMerchant: parts.config.demoMerchant,
      now: parts.clock.now(),
    });
  });

  router.post('/reset', (_req, res) => {
    store.reset();
    journal.clear();
    parts.clock.rewind();
    parts.ids.rewind();
    seedState = createStateSeeder(parts);
    res.json({ reset: true, now: parts.clock.now() });
  });

  router.get('/journal', (req, res) => {
    const limit = Number(req.query.limit);
    const entries = journal.entries();
    res.json({ entries: Number.isInteger(limit) && limit > 0 ? entries.slice(-limit) : entries });
  });
  router.delete('/journal', (_req, res) => {
    res.json({ cleared: journal.clear() });
  });

  router.get('/debtors/:merchantId', (req, res) => {
    if (knownMerchant(parts, req.params.merchantId, res))
      res.json({ debtors: store.listDebtors(req.params.merchantId) });
  });
  router.get('/debtors/:merchantId/:customerId', (req, res) => {
    const { merchantId, customerId } = req.params;
    if (!knownMerchant(parts, merchantId, res)) return;
    const debtor = store.getDebtor(merchantId, customerId);
    if (debtor) res.json(debtor);
    else notFound(res, `no debtor ${customerId} for merchant ${merchantId}`);
  });

  router.get('/payments/:merchantId', (req, res) => {
    if (knownMerchant(parts, req.params.merchantId, res))
      res.json({ payments: store.listPayments(req.params.merchantId) });
  });
  router.get('/payments/:merchantId/:payId', (req, res) => {
    const { merchantId, payId } = req.params;
    if (!knownMerchant(parts, merchantId, res)) return;
    const payment = store.getPayment(merchantId, payId);
    if (payment) res.json(payment);
    else notFound(res, `no payment ${payId} for merchant ${merchantId}`);
  });

  router.use('/clock', clockRoutes(parts.clock));

  router.post('/state', (req, res) => {
    const parsed = stateRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.status(400).json({
        error: 'invalid-body',
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
      return;
    }
    const merchantId = parsed.data.merchantId ?? parts.merchants.ids()[0] ?? '';
    const merchant = parts.merchants.find(merchantId);
    if (!merchant) {
      notFound(res, `unknown merchant ${merchantId}`, 'unknown-merchant');
      return;
    }
    const result = seedState(merchant, parsed.data);
    if (result.ok) {
      const { ok: _ok, ...state } = result;
      res.status(201).json({ merchantId, ...state });
    } else {
      const { ok: _ok, status, ...failure } = result;
      res.status(status).json({ merchantId, ...failure });
    }
  });

  router.use((_req, res) => notFound(res, 'no such simulator endpoint'));
  return router;
}

function knownMerchant(parts: SimulatorParts, merchantId: string, res: Response): boolean {
  if (parts.merchants.find(merchantId)) return true;
  notFound(res, `unknown merchant ${merchantId}`, 'unknown-merchant');
  return false;
}

function notFound(res: Response, message: string, error = 'not-found'): void {
  res.status(404).json({ error, message });
}
