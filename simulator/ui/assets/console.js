// The paygate-sim console: plain ES module, no framework, no outside request.
// Everything it shows comes from the simulator's admin API under /__sim;
// values are put into the page as text, never as HTML.

const API = '/__sim';
const TOKEN_KEY = 'paygate-sim-admin-token';
const PAYMENT_PATHS = /^\/(direct|authorize|capture|credit|reverse|inquire|payssl|paypal)\.aspx/i;

/** @type {{ journal: any[], selected: number | undefined, codes: any[], merchants: string[] }} */
const state = { journal: [], selected: undefined, codes: [], merchants: [] };

const $ = (/** @type {string} */ selector) =>
  /** @type {HTMLElement} */ (document.querySelector(selector));

/** Calls the admin API; asks for the token when the simulator wants one. */
async function api(path, init = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = {
    ...(init.headers ?? {}),
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
  const response = await fetch(`${API}${path}`, { ...init, headers });
  if (response.status === 401) {
    $('#token-form').hidden = false;
    throw new Error('the admin token is missing or wrong');
  }
  const body = response.headers.get('content-type')?.includes('json')
    ? await response.json()
    : await response.text();
  if (!response.ok) throw new Error(body?.message ?? `HTTP ${response.status}`);
  return body;
}

function say(text) {
  $('#status').textContent = text;
}

/** A table cell (or row of cells) with text content only. */
function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

function row(values, className) {
  const tr = document.createElement('tr');
  for (const value of values) tr.append(cell(value, value === className ? className : undefined));
  return tr;
}

/** A table row that opens something: focusable, by click, Enter or Space. */
function onActivate(tr, open) {
  tr.tabIndex = 0;
  tr.addEventListener('click', open);
  tr.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  });
}

// ---- tabs (WAI-ARIA tabs: arrow keys move between them) ----

function setUpTabs() {
  const tabs = /** @type {HTMLButtonElement[]} */ ([...document.querySelectorAll('[role="tab"]')]);
  const select = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(`#${other.getAttribute('aria-controls')}`).hidden = !selected;
    }
    tab.focus();
    refreshPanel(tab.getAttribute('aria-controls'));
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step) select(tabs[(index + step + tabs.length) % tabs.length]);
    });
  });
}

function refreshPanel(panel) {
  const refresh = {
    journal: loadJournal,
    state: loadState,
    codes: loadScenarios,
    sandbox: loadClock,
  }[panel];
  refresh?.().catch((error) => say(error.message));
}

// ---- journal ----

function callOf(entry) {
  if (entry.notify) return `URLNotify #${entry.notify.attempt} ${entry.notify.outcome}`;
  const request = entry.request ?? {};
  return request.EventToken
    ? `${request.EventToken}${request.RequestReason ? ` ${request.RequestReason}` : ''}`
    : (entry.path.match(PAYMENT_PATHS)?.[1] ?? '');
}

function interfaceOf(entry) {
  if (entry.notify) return 'notify';
  return PAYMENT_PATHS.test(entry.path) ? 'payments' : 'debtor';
}

function matches(entry, filter) {
  const answer = entry.answer ?? {};
  const request = entry.request ?? {};
  const has = (value, wanted) =>
    !wanted || (value ?? '').toLowerCase().includes(wanted.toLowerCase());
  return (
    (!filter.iface || interfaceOf(entry) === filter.iface) &&
    has(callOf(entry), filter.call) &&
    has(answer.PayID ?? request.PayID, filter.payId) &&
    has(answer.TransID ?? request.TransID, filter.transId) &&
    has(entry.code, filter.code) &&
    (!filter.status || answer.Status === filter.status)
  );
}

async function loadJournal() {
  const { entries } = await api('/journal?limit=500');
  state.journal = entries;
  renderJournal();
}

function renderJournal() {
  const form = /** @type {HTMLFormElement} */ ($('#journal-filter'));
  const filter = Object.fromEntries(new FormData(form));
  const body = $('#journal-table tbody');
  const rows = [...state.journal].reverse().filter((entry) => matches(entry, filter));
  body.replaceChildren(
    ...rows.map((entry) => {
      const answer = entry.answer ?? {};
      const tr = document.createElement('tr');
      tr.dataset.seq = String(entry.seq);
      if (entry.seq === state.selected) tr.setAttribute('aria-selected', 'true');
      tr.append(
        cell(String(entry.seq)),
        cell(new Date(entry.at).toLocaleTimeString()),
        cell(entry.path),
        cell(callOf(entry)),
        cell(answer.TransID ?? entry.request?.TransID),
        cell(answer.PayID),
        cell(answer.Status, answer.Status),
        cell(entry.code),
        cell(entry.scenario ? `${entry.scenario.id}${entry.scenario.fault ? ' (fault)' : ''}` : ''),
      );
      onActivate(tr, () => showCall(entry));
      return tr;
    }),
  );
  say(`${rows.length} of ${state.journal.length} calls`);
}

function showCall(entry) {
  state.selected = entry.seq;
  $('#call-detail').hidden = false;
  $('#call-title').textContent = `Call #${entry.seq}: ${entry.method} ${entry.path}`;
  $('#call-request').textContent = JSON.stringify(entry.request, null, 2);
  const answer = {
    ...entry.answer,
    ...(entry.notify ? { notify: entry.notify } : {}),
    ...(entry.scenario ? { scenario: entry.scenario } : {}),
  };
  $('#call-answer').textContent = JSON.stringify(answer, null, 2);
  renderJournal();
}

// ---- state ----

async function loadMerchants() {
  const health = await api('/health');
  state.merchants = health.merchants;
  $('#merchant').replaceChildren(
    ...health.merchants.map((id) => {
      const option = document.createElement('option');
      option.textContent = id;
      return option;
    }),
  );
  $('#clock-now').textContent = health.now;
}

async function loadState() {
  const merchant = encodeURIComponent(/** @type {HTMLSelectElement} */ ($('#merchant')).value);
  if (!merchant) return;
  const [{ payments }, { gatewayPayments }, { debtors }] = await Promise.all([
    api(`/payments/${merchant}?limit=200`),
    api(`/gateway-payments/${merchant}?limit=200`),
    api(`/debtors/${merchant}?limit=200`),
  ]);
  const money = (cents) => (cents === null || cents === undefined ? '' : (cents / 100).toFixed(2));
  $('#payments-table tbody').replaceChildren(
    ...payments.map((p) =>
      selectable(p, `Payment ${p.payId}`, [
        p.payId,
        p.customerId,
        money(p.balances.orderAmount),
        money(p.balances.invoicedAmount),
        money(p.balances.creditedAmount),
        money(p.balances.paidAmount),
        money(p.balances.openAmount),
        String(p.balances.dunningLevel),
      ]),
    ),
  );
  $('#gateway-table tbody').replaceChildren(
    ...gatewayPayments.map((p) =>
      selectable(p, `Card or PayPal payment ${p.payId}`, [
        p.payId,
        p.method + (p.card ? ` ${p.card.brand} ${p.card.maskedNumber}` : ''),
        p.state,
        money(p.amounts.authorized),
        money(p.amounts.captured),
        money(p.amounts.credited),
        p.steps
          .map((s) => `${s.kind} ${money(s.amount)}${s.reversedAt ? ' (reversed)' : ''}`)
          .join(', '),
      ]),
    ),
  );
  $('#debtors-table tbody').replaceChildren(
    ...debtors.map((d) =>
      row([
        d.customerId,
        [d.firstName, d.lastName].filter(Boolean).join(' '),
        money(d.creditLimit),
        d.payIds.join(', '),
      ]),
    ),
  );
  say(
    `${payments.length} debtor payments, ${gatewayPayments.length} card and PayPal payments, ${debtors.length} debtors`,
  );
}

/** A row that opens the record's details (click or Enter). */
function selectable(record, title, values) {
  const tr = row(values);
  onActivate(tr, () => {
    $('#payment-detail').hidden = false;
    $('#payment-title').textContent = title;
    $('#payment-json').textContent = JSON.stringify(record, null, 2);
  });
  return tr;
}

// ---- codes and scenarios ----

async function loadCodes() {
  const { codes } = await api('/codes');
  state.codes = codes;
  renderCodes();
}

function renderCodes() {
  const wanted = /** @type {HTMLInputElement} */ ($('#code-search')).value.trim().toLowerCase();
  const found = state.codes
    .filter((c) => !wanted || `${c.code} ${c.key} ${c.en} ${c.de}`.toLowerCase().includes(wanted))
    .slice(0, 200);
  $('#codes-table tbody').replaceChildren(
    ...found.map((c) => {
      const tr = row([c.code, c.status, c.key, c.en, c.de]);
      tr.children[1]?.classList.add(c.status);
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Answer the next call with this';
      button.setAttribute('aria-label', `Answer the next call with ${c.code} ${c.en}`);
      button.addEventListener('click', () => scriptCode(c).catch((error) => say(error.message)));
      const td = document.createElement('td');
      td.append(button);
      tr.append(td);
      return tr;
    }),
  );
}

/** The match of a scenario for the chosen call kind: an EventToken, or a payment call. */
function matchFor(call) {
  if (!call) return {};
  return /^[A-Z]{2}$/.test(call) ? { eventToken: call } : { call };
}

async function scriptCode(code) {
  const call = /** @type {HTMLSelectElement} */ ($('#script-call')).value;
  await api('/scenarios', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ match: matchFor(call), respond: { code: code.code }, times: 1 }),
  });
  say(`The next ${call || 'call'} answers ${code.code} (${code.en})`);
  await loadScenarios();
}

async function loadScenarios() {
  const { scenarios } = await api('/scenarios');
  $('#scenario-list').replaceChildren(
    ...scenarios.map((s) => {
      const li = document.createElement('li');
      const what = s.respond
        ? `answers ${s.respond.code ?? s.respond.key}`
        : s.fault
          ? `fault ${JSON.stringify(s.fault)}`
          : 'sequence';
      li.textContent = `${s.id}: ${JSON.stringify(s.match ?? {})} ${what}, ${s.remaining ?? s.times ?? ''} left `;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove scenario ${s.id}`);
      remove.addEventListener('click', async () => {
        await api(`/scenarios/${encodeURIComponent(s.id)}`, { method: 'DELETE' });
        await loadScenarios();
      });
      li.append(remove);
      return li;
    }),
  );
}

async function addFault(event) {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(/** @type {HTMLFormElement} */ (event.target)));
  const value = Number(data.value);
  const fault =
    data.fault === 'latency'
      ? { latencyMs: value }
      : data.fault === 'http'
        ? { http: value }
        : data.fault;
  const call = /** @type {HTMLSelectElement} */ ($('#script-call')).value;
  await api('/scenarios', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ match: matchFor(call), fault, times: Number(data.times) || 1 }),
  });
  say(`Fault ${data.fault} added`);
  await loadScenarios();
}

// ---- sandbox ----

async function loadClock() {
  const clock = await api('/clock');
  $('#clock-now').textContent = `${clock.now} (${clock.today})`;
}

async function moveClock(event) {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(/** @type {HTMLFormElement} */ (event.target)));
  const body = {
    ...(data.set ? { set: data.set } : {}),
    ...(data.days ? { advanceDays: Number(data.days) } : {}),
  };
  await api('/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await loadClock();
  say('Clock moved');
}

async function exportState() {
  const exported = await api('/state/export');
  const blob = new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `paygate-sim-state-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
  say('State exported');
}

async function importState(event) {
  const file = /** @type {HTMLInputElement} */ (event.target).files?.[0];
  if (!file) return;
  await api('/state/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await file.text(),
  });
  say(`State imported from ${file.name}`);
}

async function reset() {
  if (!confirm('Forget every debtor, payment and call, and rewind the clock?')) return;
  await api('/reset', { method: 'POST' });
  state.journal = [];
  renderJournal();
  say('Sandbox reset');
}

// ---- start ----

function on(selector, type, handler) {
  $(selector).addEventListener(type, (event) => {
    Promise.resolve(handler(event)).catch((error) => say(error.message));
  });
}

function start() {
  setUpTabs();
  on('#token-form', 'submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, /** @type {HTMLInputElement} */ ($('#token')).value);
    $('#token-form').hidden = true;
    return Promise.all([loadMerchants(), loadJournal(), loadCodes()]);
  });
  on('#journal-filter', 'input', renderJournal);
  on('#journal-filter', 'submit', (event) => event.preventDefault());
  on('#merchant', 'change', loadState);
  on('#state-refresh', 'click', loadState);
  on('#code-search', 'input', renderCodes);
  on('#script-form', 'submit', (event) => event.preventDefault());
  on('#fault-form', 'submit', addFault);
  on('#clock-form', 'submit', moveClock);
  on('#export', 'click', exportState);
  on('#import', 'change', importState);
  on('#reset', 'click', reset);
  Promise.all([loadMerchants(), loadJournal(), loadCodes()]).catch((error) => say(error.message));
  // Live journal: a poll a second while the journal is shown and "live" is ticked.
  setInterval(() => {
    const live = /** @type {HTMLInputElement} */ (
      document.querySelector('#journal-filter [name="live"]')
    ).checked;
    if (live && !$('#journal').hidden) loadJournal().catch((error) => say(error.message));
  }, 1000);
}

start();
