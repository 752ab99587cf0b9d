/**
 * Stands in for the customer's browser on the simulator's PayPal page, so a
 * script can show the whole flow: open the payment link, press "Approve
 * payment", and return the address the browser is sent back to (URLSuccess
 * or URLFailure, with the encrypted answer in its query). No real shop ever
 * does this; test/browser drives the same pages in Chromium.
 */
export async function approveOnPayPalPage(link: string, action: 'approve' | 'cancel' = 'approve') {
  const opened = await fetch(link, { redirect: 'manual' });
  const pagePath = opened.headers.get('location');
  if (opened.status !== 303 || !pagePath) {
    throw new Error(
      `the payment link did not open a page: HTTP ${opened.status} ${await opened.text()}`,
    );
  }
  const page = new URL(pagePath, link);
  const answered = await fetch(new URL(`${page.pathname}/paypal`, page), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action }).toString(),
    redirect: 'manual',
  });
  const back = answered.headers.get('location');
  if (!back) throw new Error(`the PayPal page sent the browser nowhere: HTTP ${answered.status}`);
  return back;
}
