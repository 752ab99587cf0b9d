import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a merchant's shop saw: browsers landing on its pages, and URLNotify posts. */
export interface ShopServer {
  readonly url: string;
  /** Queries the browser landed with, by path (`/ok`, `/failed`). */
  readonly landings: { path: string; query: string }[];
  /** Form bodies posted to `/notify`, with the status the shop answered. */
  readonly notifications: { body: string; answered: number }[];
  /** The shop answers the next `n` notifications with HTTP 500, to exercise the retries. */
  failNextNotifications(n: number): void;
  close(): Promise<void>;
}

/** A stand-in for the merchant's web shop: the other end of redirects and notifications. */
export async function startShopServer(): Promise<ShopServer> {
  const landings: ShopServer['landings'] = [];
  const notifications: ShopServer['notifications'] = [];
  let failures = 0;
  const server: Server = createServer((req, res) => {
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    if (req.method === 'POST' && path === '/notify') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const answered = failures > 0 ? 500 : 200;
        if (failures > 0) failures -= 1;
        notifications.push({ body: Buffer.concat(chunks).toString('utf8'), answered });
        res
          .writeHead(answered, { 'Content-Type': 'text/plain' })
          .end(answered === 200 ? 'OK' : 'busy');
      });
      return;
    }
    landings.push({ path, query });
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><title>Shop</title><h1 id="landed">${path}</h1>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    landings,
    notifications,
    failNextNotifications: (n) => {
      failures = n;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
