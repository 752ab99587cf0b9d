import express, { type Request, type Response, Router } from 'express';
import type { SimulatorParts } from '../parts.js';
import { MAX_SCENARIO_RULES } from '../script/scenario-book.js';
import { type GatewayPaymentRecord, gatewayAmounts } from '../store/gateway-records.js';
import type { Page } from '../store/store.js';
import { withinCall } from '../store/within-call.js';
import { consoleRoutes } from '../ui/console-routes.js';
import { adminGuard } from './admin-guard.js';
import { clockRoutes } from './clock-routes.js';
import { scenarioRoutes } from './scenario-routes.js';
import { createStateSeeder } from './seed-state.js';
import { asStoreExport, stateExportSchema } from './state-export.js';
import { stateRequestSchema } from './state-request.js';

/**
 * The simulator's own API under `/__sim/`: JSON in, JSON out. It holds no
 * keys and never returns any; the journal it serves is masked.
 */
export function adminRouter(parts: SimulatorParts): Router {
  const router = Router();
  router.use(
    adminGuard({ allowedHosts: parts.config.allowedHosts, token: parts.config.adminToken }),
  );
  router.use(consoleRoutes());
  // A shared store (PostgreSQL): catch up with the other replicas before any admin call.
  router.use((_req, _res, next) => {
    if (!parts.store.ready) return next();
    parts.store.ready().then(() => next(), next);
  });
  // Registered before the general body parser: a whole state is bigger than a call.
  router.post(
    '/state/import',
    express.json({ limit: IMPORT_LIMIT, type: () => true }),
    (req, res) => {
      const parsed = stateExportSchema.safeParse(req.body ?? {});
      if (!parsed.success) {
        res.status(400).json({
          error: 'invalid-body',
          issues: parsed.error.issues
            .slice(0, 20)
            .map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
        return;
      }
      const unknown = Object.keys(parsed.data.merchants).filter((id) => !parts.merchants.find(id));
      if (unknown.length > 0) {
        notFound(res, `unknown merchants ${unknown.join(', ')}`, 'unknown-merchant');
        return;
      }
      withinCall(
        parts.store,
        () => parts.store.importState(asStoreExport(parsed.data)),
        () => res.json({ imported: true, merchants: parts.store.stats().merchants }),
        storeFailed(res),
      );
    },
  );

  // Any body is read as JSON, whatever its Content-Type: `curl -d '{...}'`
  // without a header sends a form type, and is still meant as JSON.
  router.use(express.json({ limit: parts.config.bodyLimitBytes, type: () => true }));
  const { store, journal } = parts;
  let seedState = createStateSeeder(parts);
  router.use(scenarioRoutes(parts)); // /scenarios; also resets them on POST /reset (decision 008)

  router.get('/health', (_req, res) => {
    const stats = store.stats();
    res.json({
      status: 'ok',
      merchants: parts.merchants.ids(),
      demoMerchant: parts.config.demoMerchant,
      now: parts.clock.now(),
      // What is held and how close each part is to its cap (docs/limits.md).
      limits: {
        maxPaymentsPerMerchant: stats.maxPayments,
        maxReqIdsPerMerchant: stats.maxReqIds,
        journal: { entries: journal.size(), max: parts.config.journalSize },
        scenarios: { rules: parts.scenarios.list().length, max: MAX_SCENARIO_RULES },
      },
      store: stats.merchants,
      calls: parts.rates.snapshot(),
    });
  });

  router.post('/reset', (_req, res) => {
    withinCall(
      store,
      () => store.reset(),
      () => {
        journal.clear();
        parts.rates.clear();
        parts.clock.rewind();
        parts.ids.rewind();
        parts.hosted.clear();
        parts.notifier.close();
        seedState = createStateSeeder(parts);
        res.json({ reset: true, now: parts.clock.now() });
      },
      storeFailed(res),
    );
  });

  // The response-code catalogue, with overrides and scripted codes, for the console's search.
  router.get('/codes', (_req, res) => {
    res.json({ codes: parts.catalogue.all() });
  });

  router.get('/journal', (req, res) => {
    const limit = Number(req.query.limit);
    const entries = journal.entries();
    res.json({ entries: Number.isInteger(limit) && limit > 0 ? entries.slice(-limit) : entries });
  });
  router.delete('/journal', (_req, res) => {
    res.json({ cleared: journal.clear() });
  });

  /** One page of a merchant's debtors or payments, with the total and the next offset. */
  const listed =
    (kind: 'debtors' | 'payments') => (req: Request<{ merchantId: string }>, res: Response) => {
      const { merchantId } = req.params;
      if (!knownMerchant(parts, merchantId, res)) return;
      const page = pageOf(req.query, res);
      if (!page) return;
      const items =
        kind === 'debtors'
          ? store.listDebtors(merchantId, page)
          : store.listPayments(merchantId, page);
      const total = store.stats().merchants[merchantId]?.[kind] ?? 0;
      res.json({ [kind]: items, ...pageInfo(page, total) });
    };

  router.get('/debtors/:merchantId', listed('debtors'));
  router.get('/debtors/:merchantId/:customerId', (req, res) => {
    const { merchantId, customerId } = req.params;
    if (!knownMerchant(parts, merchantId, res)) return;
    const debtor = store.getDebtor(merchantId, customerId);
    if (debtor) res.json(debtor);
    else notFound(res, `no debtor ${customerId} for merchant ${merchantId}`);
  });

  router.get('/payments/:merchantId', listed('payments'));
  router.get('/payments/:merchantId/:payId', (req, res) => {
    const { merchantId, payId } = req.params;
    if (!knownMerchant(parts, merchantId, res)) return;
    const payment = store.getPayment(merchantId, payId);
    if (payment) res.json(payment);
    else notFound(res, `no payment ${payId} for merchant ${merchantId}`);
  });

  // Card and PayPal payments with their authorizations, captures, credits and reversals.
  router.get('/gateway-payments/:merchantId', (req, res) => {
    const { merchantId } = req.params;
    if (!knownMerchant(parts, merchantId, res)) return;
    const page = pageOf(req.query, res);
    if (!page) return;
    const total = store.stats().merchants[merchantId]?.gatewayPayments ?? 0;
    res.json({
      gatewayPayments: store.listGatewayPayments(merchantId, page).map(gatewayView),
      ...pageInfo(page, total),
    });
  });
  router.get('/gateway-payments/:merchantId/:payId', (req, res) => {
    const { merchantId, payId } = req.params;
    if (!knownMerchant(parts, merchantId, res)) return;
    const payment = store.findGatewayPayment(merchantId, payId);
    if (payment) res.json(gatewayView(payment));
    else notFound(res, `no card or PayPal payment ${payId} for merchant ${merchantId}`);
  });

  router.use('/clock', clockRoutes(parts.clock));

  // The whole state as JSON (ours): for seeding a sandbox and for bug reports.
  router.get('/state/export', (_req, res) => {
    res.json(store.exportState());
  });
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
    withinCall(
      store,
      () => seedState(merchant, parsed.data),
      (result) => {
        if (result.ok) {
          const { ok: _ok, ...state } = result;
          res.status(201).json({ merchantId, ...state });
        } else {
          const { ok: _ok, status, ...failure } = result;
          res.status(status).json({ merchantId, ...failure });
        }
      },
      storeFailed(res),
    );
  });

  router.use((_req, res) => notFound(res, 'no such simulator endpoint'));
  return router;
}

/** A store that failed under an admin change (a shared database gone away): said as JSON. */
function storeFailed(res: Response): (error: unknown) => void {
  return (error) => {
    res.status(500).json({ error: 'store', message: String(error) });
  };
}

/** The largest state `POST /__sim/state/import` takes. */
export const IMPORT_LIMIT = '64mb';

/** Lists come in pages: a big sandbox would otherwise block the event loop for seconds. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** `?offset=&limit=`, or a 400 naming the bad one. */
function pageOf(query: Request['query'], res: Response): Page | undefined {
  const read = (name: string, fallback: number, max: number) => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    return value <= max ? value : Number.NaN;
  };
  const offset = read('offset', 0, Number.MAX_SAFE_INTEGER);
  const limit = read('limit', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (Number.isNaN(offset) || Number.isNaN(limit) || limit === 0) {
    res.status(400).json({
      error: 'invalid-page',
      message: `offset is a whole number from 0, limit one from 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`,
    });
    return undefined;
  }
  return { offset, limit };
}

function pageInfo(page: Page, total: number) {
  const next = page.offset + page.limit;
  return { total, offset: page.offset, limit: page.limit, ...(next < total ? { next } : {}) };
}

function knownMerchant(parts: SimulatorParts, merchantId: string, res: Response): boolean {
  if (parts.merchants.find(merchantId)) return true;
  notFound(res, `unknown merchant ${merchantId}`, 'unknown-merchant');
  return false;
}

function notFound(res: Response, message: string, error = 'not-found'): void {
  res.status(404).json({ error, message });
}

/** A card or PayPal payment with its sums; card data is already masked in the record. */
function gatewayView(payment: GatewayPaymentRecord) {
  const { authorized, captured, credited } = gatewayAmounts(payment);
  const { page, ...rest } = payment;
  return {
    ...rest,
    amounts: { authorized, captured, credited },
    ...(page
      ? {
          page: {
            urlSuccess: page.urlSuccess,
            urlFailure: page.urlFailure,
            ...(page.urlNotify ? { urlNotify: page.urlNotify } : {}),
          },
        }
      : {}),
  };
}
