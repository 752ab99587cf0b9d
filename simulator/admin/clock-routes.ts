import { Router } from 'express';
import * as z from 'zod';
import {
  advancedBy,
  CLOCK_INSTANT_HINT,
  isClockInstant,
  toInstant,
} from '../ids/settable-clock.js';
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
    set: z.string().refine(isClockInstant, CLOCK_INSTANT_HINT).optional(),
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
    // The whole change is worked out first, so a refused one moves nothing.
    const change = parsed.data;
    try {
      let target = change.set === undefined ? Date.parse(clock.now()) : toInstant(change.set);
      target = advancedBy(target, { days: change.advanceDays ?? 0 });
      if (change.advance !== undefined) target = advancedBy(target, change.advance);
      clock.set(new Date(target));
    } catch (error) {
      res.status(400).json({ error: 'out-of-range', message: (error as Error).message });
      return;
    }
    res.json(reading());
  });
  return router;
}
