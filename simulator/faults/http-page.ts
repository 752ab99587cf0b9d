import { STATUS_CODES } from 'node:http';

/**
 * A short HTML error page of the kind a web server or load balancer in front
 * of the gateway sends: no Paygate fields, so clients must go by the status.
 * A stand-in: the live gateway's own pages are not public (a scenario's
 * `{ status, body }` gives the body of a page someone has seen).
 *
 * @example errorPage(503) // '<!DOCTYPE html>...<title>503 Service Unavailable</title>...'
 */
export function errorPage(status: number): string {
  const reason = STATUS_CODES[status] ?? 'Error';
  const title = `${status} ${reason}`;
  return [
    '<!DOCTYPE html>',
    `<html><head><title>${title}</title></head>`,
    `<body><h1>${reason}</h1><p>The request could not be processed (HTTP ${status}). Please try again later.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}
