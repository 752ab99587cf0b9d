import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeResponseBody, encodeResponse, type MerchantKeys } from '../../protocol/wire.js';

/** Every server-to-server Paygate path: `/debtor.aspx`, `/capture.aspx`, ... */
const PAYGATE_PATH = /^\/[A-Za-z]+\.aspx$/;

type Rewrite = (fields: Record<string, string>) => Record<string, string>;

/**
 * A simulator whose answers drifted: every Paygate path's answer is
 * decrypted, rewritten, and encrypted again with a valid MAC, so only the
 * changed field can tell. `/__sim/` calls pass through untouched.
 */
export async function startRewritingProxy(
  target: string,
  keys: MerchantKeys,
  rewrite: Rewrite,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? 'text/plain' },
        ...(req.method === 'POST' ? { body: await readBody(req) } : {}),
      });
      let body = await upstream.text();
      if (PAYGATE_PATH.test(req.url ?? '')) {
        const decoded = decodeResponseBody(body, keys);
        if (decoded.kind === 'encrypted') body = encodeResponse(rewrite(decoded.fields), keys);
      }
      res.writeHead(upstream.status, {
        'Content-Type': upstream.headers.get('content-type') ?? 'text/plain',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
