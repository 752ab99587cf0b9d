import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Names of this machine that every simulator answers to. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AdminGuardOptions {
  /** Host names beyond loopback the admin API answers to (`SIM_ALLOWED_HOSTS`). */
  readonly allowedHosts: readonly string[];
  /** When set, every admin call but the health check must carry it (`SIM_ADMIN_TOKEN`). */
  readonly token?: string | undefined;
}

/**
 * Guards `/__sim`, reads included, against web pages and the network:
 *
 * 1. **Host.** A page whose name rebinds to 127.0.0.1 (DNS rebinding) sends
 *    its own name as Host and Origin, so comparing the two proves nothing;
 *    only names the simulator was told it serves pass (loopback, plus
 *    `allowedHosts`).
 * 2. **Token.** When configured (required when listening beyond loopback),
 *    `Authorization: Bearer <token>` or `X-Sim-Admin-Token`, compared in
 *    constant time; `GET /health` stays open for container health checks.
 * 3. **Origin.** Changes asked for by a page of another site are refused;
 *    curl, test runners and CI send no Origin and pass.
 */
export function adminGuard(options: AdminGuardOptions): RequestHandler {
  const allowed = new Set([...LOOPBACK_NAMES, ...options.allowedHosts].map(normalHost));
  const token = options.token === undefined ? undefined : digest(options.token);
  return (req: Request, res: Response, next: NextFunction) => {
    const host = hostName(req.headers.host);
    if (host === undefined || !allowed.has(host)) {
      refuse(
        res,
        403,
        'host-not-allowed',
        `the admin API does not answer to Host ${req.headers.host ?? '(none)'}; add the name to SIM_ALLOWED_HOSTS if this simulator serves it`,
      );
      return;
    }
    // The health check and the console's own files (which hold no data) load without the
    // token; the console then sends it with every API call.
    const open = req.method === 'GET' && (req.path === '/health' || /^\/ui(\/|$)/.test(req.path));
    if (token && !open && !tokenMatches(req, token)) {
      refuse(
        res,
        401,
        'admin-token',
        'this simulator requires its admin token: Authorization: Bearer <SIM_ADMIN_TOKEN>',
      );
      return;
    }
    if (!READS.has(req.method) && crossSite(req.headers.origin, allowed)) {
      refuse(
        res,
        403,
        'cross-origin',
        `admin changes from a web page of ${req.headers.origin} are refused`,
      );
      return;
    }
    next();
  };
}

/** Whether `host` (a listen address) keeps the simulator on this machine. */
export function isLoopbackHost(host: string): boolean {
  const name = normalHost(host);
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

function refuse(res: Response, status: number, error: string, message: string): void {
  res.status(status).json({ error, message });
}

/** `Example.COM:8080` -> `example.com`, `[::1]:8080` -> `::1`; undefined when unreadable. */
function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  try {
    return normalHost(new URL(`http://${header}`).hostname);
  } catch {
    return undefined;
  }
}

function normalHost(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

function crossSite(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return false;
  try {
    return !allowed.has(normalHost(new URL(origin).hostname));
  } catch {
    return true; // 'null' (sandboxed frames, files) and anything unreadable
  }
}

function tokenMatches(req: Request, expected: Buffer): boolean {
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const header = req.headers['x-sim-admin-token'];
  const given = bearer ?? (typeof header === 'string' ? header : undefined);
  return given !== undefined && timingSafeEqual(digest(given), expected);
}

// Digests of equal length, so the comparison takes the same time whatever was sent.
function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
