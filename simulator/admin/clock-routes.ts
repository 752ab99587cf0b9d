import { Router } from 'express';
import { z } from 'zod';
import type { SimulatorClock } from './simulator-clock.js';

/**
 * Body of `POST /__sim/clock`: jump to a date, move by days (or smaller
 * steps), or both (jump first).
 *
 * @example { "set": "2025-03-01" }
 * @example { "advanceDays": 31 }
 */
const clockChangeSchema = z
  .strictObject({
    set: z
      .string()
      .refine(
        (v) =>
          !Number.isNaN(new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T12:00:00Z` : v).getTime()),
        'expected YYYY-MM-DD or an ISO date-time',
      )
      .optional(),
    advanceDays: z.number().int().optional(),
    advance: z
      .strictObject({
        days: z.number().int().optional(),
        hours: z.number().int().optional(),
        minutes: z.number().int().optional(),
        seconds: z.number().int().optional(),
      })
      .optional(),
  })
  .refine((b) => b.set !== undefined || b.advanceDays !== undefined || b.advance !== undefined, {
    message: 'expected set, advanceDays or advance',
  });

/** `GET /__sim/clock` reads the simulated time; `POST` changes it. Both answer `{ now, today }`. */
export function clockRoutes(clock: SimulatorClock): Router {
  const router = Router();
  const reading = () => ({ now: clock.now(), today: clock.today() });
  router.get('/', (_req, res) => {
    res.json(reading());
  });
  router.post('/', (req, res) => {
    const parsed = clockChangeSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.status(400).json({
        error: 'invalid-body',
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
      return;
    }
    const change = parsed.data;
    if (change.set !== undefined) clock.set(change.set);
    if (change.advanceDays !== undefined) clock.advance({ days: change.advanceDays });
    if (change.advance !== undefined) clock.advance(change.advance);
    res.json(reading());
  });
  return router;
}
