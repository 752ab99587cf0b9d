/**
 * The simulator's clock, read and moved through its admin API
 * (`GET`/`POST /__sim/clock`). Only the simulator has one: against the live
 * gateway, time passes by itself.
 */
export interface SimulatedTime {
  /** The simulated day, `YYYY-MM-DD` in Europe/Berlin. */
  today(): Promise<string>;
  /** Moves the clock (negative goes back) and answers the new day. */
  advanceDays(days: number): Promise<string>;
}

/**
 * @example
 * const time = simulatedTime(client.config.baseUrl);
 * await time.advanceDays(15); // the invoice due in 14 days is overdue now
 */
export function simulatedTime(baseUrl: string): SimulatedTime {
  const url = `${baseUrl}/__sim/clock`;
  const read = async (response: Response) => {
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return ((await response.json()) as { today: string }).today;
  };
  return {
    today: async () => read(await fetch(url)),
    advanceDays: async (days) =>
      read(
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ advanceDays: days }),
        }),
      ),
  };
}
