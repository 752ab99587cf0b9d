import { readFileSync } from 'node:fs';
import { type Request, type Response, Router } from 'express';

/** The console's files, shipped beside this module (copied into dist/ by the build). */
const ASSETS = new URL('./assets/', import.meta.url);

const FILES: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

/**
 * Everything the page may load: its own three files and the admin API of
 * the same origin. No CDN, no outside request, no inline script.
 */
const HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * `/__sim/ui`: the web console (ours). Read once at start; the admin guard
 * in front of it refuses foreign hosts, and its API calls carry the admin
 * token when the simulator asks for one.
 */
export function consoleRoutes(): Router {
  const files = new Map(
    Object.entries(FILES).map(([name, type]) => [
      name,
      { type, body: readFileSync(new URL(name, ASSETS)) },
    ]),
  );
  const router = Router();
  const send = (name: string) => (_req: Request, res: Response) => {
    const file = files.get(name);
    if (!file) return void res.status(404).end();
    res.status(200).set(HEADERS).type(file.type).send(file.body);
  };
  // The page's relative links need the trailing slash: /__sim/ui -> /__sim/ui/.
  router.get('/ui', (req, res) => {
    if (req.originalUrl.endsWith('/ui')) return void res.redirect(301, `${req.baseUrl}/ui/`);
    send('index.html')(req, res);
  });
  router.get('/ui/', send('index.html'));
  for (const name of Object.keys(FILES)) router.get(`/ui/${name}`, send(name));
  return router;
}
