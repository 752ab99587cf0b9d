import { escapeHtml, formatAmount, page } from './html.js';
import type { HostedSession } from './sessions.js';

/** The hosted card form (payssl.aspx). */
export function cardFormPage(session: HostedSession, error?: string): string {
  const { fields, token } = session;
  const years = Array.from({ length: 12 }, (_, i) => String(new Date().getUTCFullYear() + i));
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  return page(
    'Card payment',
    `<h1>Card payment</h1>
<p>${escapeHtml(fields.OrderDesc ?? '')}</p>
<p class="amount">${escapeHtml(formatAmount(fields.Amount, fields.Currency))}</p>
${error ? `<p class="error" role="alert" id="form-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/hosted/${token}/card"${error ? ' aria-describedby="form-error"' : ''}>
<label for="holder">Card holder</label>
<input id="holder" name="CreditCardHolder" autocomplete="cc-name" maxlength="50">
<label for="number">Card number</label>
<input id="number" name="CCNr" inputmode="numeric" autocomplete="cc-number" required maxlength="23">
<label for="month">Expiry month</label>
<select id="month" name="month" autocomplete="cc-exp-month">${months.map((m) => `<option>${m}</option>`).join('')}</select>
<label for="year">Expiry year</label>
<select id="year" name="year" autocomplete="cc-exp-year">${years.map((y) => `<option>${y}</option>`).join('')}</select>
<label for="cvc">Security code (CVC)</label>
<input id="cvc" name="CCCVC" inputmode="numeric" autocomplete="cc-csc" maxlength="4">
<button type="submit" name="action" value="pay">Pay</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</form>`,
  );
}

/** The 3-D Secure challenge (ours: live shows the issuer's page). */
export function challengePage(session: HostedSession, error?: string): string {
  return page(
    '3-D Secure',
    `<h1>Confirm your payment</h1>
<p>Your bank asks you to confirm ${escapeHtml(formatAmount(session.fields.Amount, session.fields.Currency))}
with card ${escapeHtml(session.card?.maskedNumber ?? '')}.</p>
<p class="note">Simulated challenge: the code is <strong>1234</strong>; any other code fails the authentication.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/hosted/${session.token}/3ds">
<label for="otp">Confirmation code</label>
<input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="8" required>
<button type="submit" name="action" value="confirm">Confirm</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</form>`,
  );
}

/** The PayPal stand-in (ours: live sends the browser to PayPal itself). */
export function paypalPage(session: HostedSession): string {
  return page(
    'PayPal',
    `<h1>PayPal (simulated)</h1>
<p>${escapeHtml(session.fields.OrderDesc ?? '')}</p>
<p class="amount">${escapeHtml(formatAmount(session.fields.Amount, session.fields.Currency))}</p>
<form method="post" action="/hosted/${session.token}/paypal">
<button type="submit" name="action" value="approve">Approve payment</button>
<button type="submit" name="action" value="cancel">Cancel and return to the shop</button>
</form>`,
  );
}

/** A page that cannot send the browser anywhere (undecryptable request, no valid URLFailure). */
export function errorPage(status: string, code: string | undefined, description: string): string {
  return page(
    'Payment error',
    `<h1>Payment not possible</h1>
<p class="error" role="alert">${escapeHtml(description)}</p>
<dl><dt>Status</dt><dd>${escapeHtml(status)}</dd>${code ? `<dt>Code</dt><dd>${escapeHtml(code)}</dd>` : ''}</dl>`,
  );
}
