import express, { type Request, type Response, Router } from 'express';
import { pathOf, queryOf, readPlainForm } from '../../decode/form.js';
import { encodeAnswer } from '../../encode/answer.js';
import { recordCall } from '../../journal/record-call.js';
import type { SimulatorParts } from '../../parts.js';
import { answerCall } from '../../pipeline.js';
import { withinCall } from '../../store/within-call.js';
import { checkCard } from '../payments/card-check.js';
import { refusalOf } from '../payments/engine/refusals.js';
import { behaviourOf } from '../payments/test-cards.js';
import { finishPage, type PageEnding, sendBack } from './finish-page.js';
import { PAGE_HEADERS } from './html.js';
import { isWebAddress, type PageCall, pageInterface } from './page-interface.js';
import { cardFormPage, challengePage, errorPage, paypalPage } from './pages.js';
import type { HostedSession } from './sessions.js';

/** The live page paths, in any case, with or without a trailing slash. */
const PAGE_ROUTE = /^\/(payssl|paypal)\.aspx\/?$/i;

/** The one-time code of the simulated 3-D Secure challenge (ours). */
export const CHALLENGE_CODE = '1234';

/**
 * The pages a customer's browser sees: `payssl.aspx` (card form, 3-D Secure)
 * and `paypal.aspx` (approve or cancel). The steps between opening and
 * ending a page live under `/hosted/<token>/` (ours: live uses its own
 * internal addresses there, which no client calls directly).
 */
export function hostedRouter(parts: SimulatorParts): Router {
  const router = Router();
  const body = express.urlencoded({ extended: false, limit: parts.config.bodyLimitBytes });
  const raw = express.raw({ type: () => true, limit: parts.config.bodyLimitBytes });

  router.use((req, res, next) => {
    const match = PAGE_ROUTE.exec(pathOf(req.url));
    if (!match || (req.method !== 'GET' && req.method !== 'POST')) return next();
    raw(req, res, () => openPage(parts, (match[1] ?? '').toLowerCase() as PageCall, req, res));
  });

  router.get('/hosted/:token', (req, res) => {
    const session = parts.hosted.find(req.params.token);
    if (!session) return gone(res);
    if (session.stage === 'challenge') return html(res, challengePage(session));
    if (session.stage === 'done') return gone(res);
    html(res, session.call === 'paypal' ? paypalPage(session) : cardFormPage(session));
  });

  router.post('/hosted/:token/card', body, (req, res) => {
    const session = openSession(parts, req.params.token, 'form');
    if (!session) return gone(res);
    const form = formOf(req);
    if (form.action === 'cancel') return cancel(parts, res, session);
    const number = (form.CCNr ?? '').replace(/[\s-]/g, '');
    const checked = checkCard(
      {
        number,
        expiry: `${form.year ?? ''}${form.month ?? ''}`,
        brand: brandGuess(number),
        cvc: form.CCCVC,
      },
      session.merchantId,
      parts.clock.today(),
    );
    if (!/^\d{12,19}$/.test(number))
      return html(res, cardFormPage(session, 'Enter the 12 to 19 digits of the card number.'), 422);
    if (!checked.ok) {
      if (checked.codeKey === 'payments.card-expired') {
        return end(parts, res, session, {
          refusal: { codeKey: checked.codeKey, description: checked.description },
        });
      }
      return html(res, cardFormPage(session, checked.description), 422);
    }
    const behaviour = behaviourOf(number);
    if (behaviour === '3ds-challenge') {
      session.stage = 'challenge';
      session.card = checked.card;
      return res.redirect(303, `/hosted/${session.token}`);
    }
    const refusal = refusalOf(behaviour);
    end(parts, res, session, { card: checked.card, ...(refusal ? { refusal } : {}) });
  });

  router.post('/hosted/:token/3ds', body, (req, res) => {
    const session = openSession(parts, req.params.token, 'challenge');
    if (!session) return gone(res);
    const form = formOf(req);
    const card = session.card;
    if (form.action === 'cancel') return cancel(parts, res, session);
    if (form.otp === CHALLENGE_CODE) return end(parts, res, session, card ? { card } : {});
    end(parts, res, session, {
      ...(card ? { card } : {}),
      refusal: {
        codeKey: 'payments.3ds-failed',
        description: 'Authentication (3-D Secure) failed',
      },
    });
  });

  router.post('/hosted/:token/paypal', body, (req, res) => {
    const session = openSession(parts, req.params.token, 'form');
    if (session?.call !== 'paypal') return gone(res);
    if (formOf(req).action === 'approve') return end(parts, res, session, {});
    cancel(parts, res, session);
  });

  return router;
}

/**
 * Opens a page: the shared pipeline decodes, authenticates and validates;
 * a pending payment gets a page. A request that fails (or that a scenario
 * or `Test:<nnnn>` decides) sends the browser straight to URLFailure (or
 * URLSuccess) with the answer, when that address can be read; otherwise
 * the customer sees an error page.
 */
function openPage(parts: SimulatorParts, call: PageCall, req: Request, res: Response): void {
  const started = performance.now();
  const payload = Buffer.isBuffer(req.body) ? req.body : undefined;
  const form = readPlainForm(queryOf(req.url), req.method === 'POST' ? payload : undefined);
  withinCall(
    parts.store,
    () => {
      const result = answerCall(parts, form, pageInterface(call));
      return { result, answer: encodeAnswer(result.outcome, parts.catalogue) };
    },
    ({ result, answer }) => {
      recordCall(parts, {
        req: { method: req.method, path: pathOf(req.url) },
        form,
        result,
        answer,
        durationMs: performance.now() - started,
      });
      const { outcome } = result;
      if (outcome.kind === 'merchant' && outcome.codeKey === 'ok' && !result.scenario) {
        const session = parts.hosted.open({
          call,
          merchantId: outcome.keys.merchantId,
          payId: outcome.result?.PayID ?? '',
          keys: outcome.keys,
          fields: outcome.request,
        });
        res.redirect(303, `/hosted/${session.token}`);
        return;
      }
      const sent = result.request ?? {};
      const target = answer.fields.Status === 'FAILED' ? sent.URLFailure : sent.URLSuccess;
      if (outcome.kind === 'merchant' && isWebAddress(target)) {
        redirect(res, sendBack(parts, outcome.keys.merchantId, sent, answer));
        return;
      }
      const description = answer.fields.Description ?? '';
      html(res, errorPage(answer.fields.Status ?? 'FAILED', answer.code, description), 400);
    },
    (error) => storeFailed(parts, res, error),
  );
}

function cancel(parts: SimulatorParts, res: Response, session: HostedSession): void {
  end(parts, res, session, {
    ...(session.card ? { card: session.card } : {}),
    refusal: {
      codeKey: 'payments.cancelled-by-customer',
      description: 'Payment cancelled by the customer',
    },
  });
}

/**
 * Ends the page inside one store transaction, then (once stored) notifies
 * URLNotify and sends the browser back to the shop.
 */
function end(
  parts: SimulatorParts,
  res: Response,
  session: HostedSession,
  ending: PageEnding,
): void {
  withinCall(
    parts.store,
    () => finishPage(parts, session, ending),
    (page) => redirect(res, sendBack(parts, page.merchantId, page.fields, page.answer)),
    (error) => storeFailed(parts, res, error),
  );
}

function storeFailed(parts: SimulatorParts, res: Response, error: unknown): void {
  parts.logger.error('unexpected error', { path: 'hosted page', error: String(error) });
  html(res, errorPage('FAILED', undefined, 'The payment could not be stored; try again.'), 500);
}

function openSession(
  parts: SimulatorParts,
  token: string,
  stage: HostedSession['stage'],
): HostedSession | undefined {
  const session = parts.hosted.find(token);
  return session?.stage === stage ? session : undefined;
}

/** The hosted form lets the number speak for the brand, as live's form does. */
function brandGuess(number: string): string {
  if (number.startsWith('4')) return 'VISA';
  if (/^3[47]/.test(number)) return 'AMEX';
  return 'MasterCard';
}

function formOf(req: Request): Record<string, string | undefined> {
  const data: unknown = req.body;
  if (data === null || typeof data !== 'object') return {};
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : undefined,
    ]),
  );
}

function html(res: Response, text: string, status = 200): void {
  res.status(status).set(PAGE_HEADERS).send(text);
}

function redirect(res: Response, location: string): void {
  res.redirect(303, location);
}

function gone(res: Response): void {
  html(
    res,
    errorPage('FAILED', undefined, 'This payment page has expired or was already used.'),
    410,
  );
}
