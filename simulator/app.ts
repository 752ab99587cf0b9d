import express, { type Express } from 'express';
import { adminRouter } from './admin/router.js';
import type { SimulatorConfig } from './config/simulator-config.js';
import { transportFailureHandler } from './encode/transport-failure.js';
import { servePaygate } from './http/paygate-route.js';
import { hostedRouter } from './interfaces/hosted/router.js';
import { createParts, type SimulatorParts } from './parts.js';

export { createParts, type PartOverrides, type SimulatorParts } from './parts.js';

/** The live path of every Real Debitorenmanagement call. */
export const DEBTOR_PATH = '/debtor.aspx';

/**
 * The simulator as an Express app that never listens: tests drive it with
 * supertest, Pact verifies it, `main.ts` and `startSimulator` listen.
 *
 * @example
 * const app = createApp(defineConfig({ seed: 1, clockStart: '2025-03-01' }));
 * await request(app).post('/debtor.aspx').type('form').send(encodeRequest(fields, keys));
 */
export function createApp(
  config: SimulatorConfig,
  parts: SimulatorParts = createParts(config),
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // The Paygate paths first, on plain node:http; `listen` calls them before Express.
  app.use((req, res, next) => {
    if (!servePaygate(parts, req, res)) next();
  });
  app.use(hostedRouter(parts));
  app.use('/__sim', adminRouter(parts));
  app.use((_req, res) => {
    res
      .status(404)
      .type('text/plain')
      .send(
        `Not found. Paygate calls: ${DEBTOR_PATH}, direct, authorize, capture, credit, reverse, inquire, payssl, paypal (.aspx); simulator API: /__sim/.`,
      );
  });
  app.use(transportFailureHandler(parts));
  return app;
}
