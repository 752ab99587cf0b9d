import type { ServerResponse } from 'node:http';

/**
 * Calls a fault keeps waiting (latency, timeout). A held call must never keep
 * the simulator from stopping: its timer is unref'd, and `releaseAll` (run by
 * `close()`) cancels every timer and destroys the held sockets.
 */
export interface HeldCalls {
  /** Runs `then` after `ms`, unless the connection closes first or `releaseAll` runs. */
  hold(res: ServerResponse, ms: number, then: () => void): void;
  /** How many calls are held now. */
  count(): number;
  releaseAll(): void;
}

export function createHeldCalls(): HeldCalls {
  const held = new Map<ServerResponse, NodeJS.Timeout>();
  const release = (res: ServerResponse) => {
    clearTimeout(held.get(res));
    held.delete(res);
  };
  return {
    hold(res, ms, then) {
      const timer = setTimeout(() => {
        release(res);
        then();
      }, ms);
      timer.unref();
      held.set(res, timer);
      res.once('close', () => release(res));
    },
    count: () => held.size,
    releaseAll() {
      for (const res of [...held.keys()]) {
        release(res);
        res.socket?.destroy();
      }
    },
  };
}
