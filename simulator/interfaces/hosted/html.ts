/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Formats cents for people: `12.34 EUR`. */
export function formatAmount(cents: string | undefined, currency: string | undefined): string {
  const value = Number(cents ?? 0) / 100;
  return `${value.toFixed(2)} ${currency ?? ''}`.trim();
}

/**
 * The frame of every page: no script, no external resource (the CSP says
 * so to the browser too), readable at a laptop's width and on a phone.
 */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · paygate-sim</title>
<style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}label{display:block;margin:.8rem 0 .2rem;font-weight:600}
input,select{font:inherit;padding:.4rem;width:100%;box-sizing:border-box}
button{font:inherit;padding:.5rem 1rem;margin:1rem .5rem 0 0;cursor:pointer}
.error{color:#a00000;font-weight:600}.note{font-size:.85rem;color:#555}
.amount{font-size:1.2rem;font-weight:700}
</style>
</head>
<body>
<main>
${body}
<p class="note">Simulated Computop Paygate page (paygate-sim, ours): no real payment is made.</p>
</main>
</body>
</html>`;
}

/** The headers every hosted page goes out with. */
export const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; base-uri 'none'",
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'SAMEORIGIN',
} as const;
