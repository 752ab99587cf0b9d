import type { NextFunction, Request, Response } from 'express';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses admin changes a web page of another site asks for. The admin API
 * reads any body as JSON (for curl without a header), so a page could post
 * a "simple" cross-origin request and script the simulator, or reset it.
 * Browsers name the page in `Origin`; curl, test runners and CI send none
 * and pass, as do pages of the simulator's own host or of the machine itself.
 */
export function sameOriginChanges(req: Request, res: Response, next: NextFunction): void {
  if (READS.has(req.method) || !crossSite(req)) {
    next();
    return;
  }
  res.status(403).json({
    error: 'cross-origin',
    message: `admin changes from a web page of ${req.headers.origin} are refused`,
  });
}

function crossSite(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return true; // 'null' (sandboxed frames, files) and anything unreadable
  }
  return url.host !== req.headers.host && !LOOPBACK.has(url.hostname);
}
