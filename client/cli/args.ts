import { parseArgs } from 'node:util';
import type { EventToken } from '../request.js';

export const USAGE = `Usage: paygate <bc|dc|oc|up|os> [options]
       paygate <direct|authorize|capture|credit|reverse|inquire> [options]

Sends one request to the Paygate (or the simulator) and prints the decoded
answer as JSON. Keys come from PAYGATE_MERCHANT_ID, PAYGATE_BLOWFISH_KEY
(or PAYGATE_AES_KEY with PAYGATE_ENCRYPTION=aes) and PAYGATE_HMAC_KEY.

Options:
  --field Name=Value   a request parameter; repeat for more (wins over --json)
  --json FILE          a JSON object of request parameters
  --reason XX          RequestReason (up: RG GU ZA MA RM DF; bc/dc: ZG ZL VK VL)
  --req-id ID          ReqId, makes retries after timeouts safe
  --skip-validation    send even what breaks a format or rule, so that the
                       gateway's own check answers (its FAILED code is printed)
  --base-url URL       default PAYGATE_BASE_URL or http://127.0.0.1:8080
  --timeout-ms N       default PAYGATE_TIMEOUT_MS or 30000
  -h, --help           this text

Exit codes: 0 OK, 1 FAILED, 2 usage or validation error, 3 no usable answer.

The second form calls the card and PayPal paths (direct.aspx, capture.aspx, ...).

Examples (in this repository: npm run paygate -- up ...):
  paygate up --reason RG --json invoice.json --field TransID=T-2
  paygate capture --field PayID=<PayID> --field TransID=T-3 --field Amount=700 --field Currency=EUR`;

/** The payment calls the CLI sends (the hosted pages are opened by a browser, not the CLI). */
export const PAYMENT_COMMANDS = [
  'direct',
  'authorize',
  'capture',
  'credit',
  'reverse',
  'inquire',
] as const;
export type PaymentCommand = (typeof PAYMENT_COMMANDS)[number];

export interface CliCall {
  readonly kind: 'call';
  /** A debtor call's EventToken, or a payment call's name. */
  readonly eventToken: EventToken | undefined;
  readonly paymentCall?: PaymentCommand;
  /** Fields given with --field and --reason; --json fields go under these. */
  readonly fields: Readonly<Record<string, string>>;
  readonly jsonFile: string | undefined;
  readonly reqId: string | undefined;
  readonly validate: boolean;
  readonly baseUrl: string | undefined;
  readonly timeoutMs: string | undefined;
}

export type CliArgs = { readonly kind: 'help' } | CliCall;

/** Wrong command line: the message is shown with the usage text, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

const eventTokens: readonly string[] = ['BC', 'DC', 'OC', 'UP', 'OS'];

/** Reads the command line, without touching files or the network. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...extra] = positionals;
  if (command === undefined) throw new CliUsageError('missing command (bc, dc, oc, up or os)');
  if (extra.length > 0) throw new CliUsageError(`unexpected argument: ${extra[0]}`);
  const payment = PAYMENT_COMMANDS.find((name) => name === command.toLowerCase());
  if (payment !== undefined) {
    if (values.reason !== undefined) throw new CliUsageError(`${payment} takes no --reason`);
    return {
      kind: 'call',
      eventToken: undefined,
      paymentCall: payment,
      fields: Object.fromEntries((values.field ?? []).map(splitField)),
      jsonFile: values.json,
      reqId: values['req-id'],
      validate: values['skip-validation'] !== true,
      baseUrl: values['base-url'],
      timeoutMs: values['timeout-ms'],
    };
  }
  const eventToken = command.toUpperCase();
  if (!isEventToken(eventToken)) throw new CliUsageError(`unknown command: ${command}`);
  if (eventToken === 'UP' && values.reason === undefined) {
    throw new CliUsageError('up needs --reason (RG, GU, ZA, MA, RM or DF)');
  }
  const fields = Object.fromEntries((values.field ?? []).map(splitField));
  if (values.reason !== undefined) fields.RequestReason = values.reason.toUpperCase();
  return {
    kind: 'call',
    eventToken,
    fields,
    jsonFile: values.json,
    reqId: values['req-id'],
    validate: values['skip-validation'] !== true,
    baseUrl: values['base-url'],
    timeoutMs: values['timeout-ms'],
  };
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      field: { type: 'string', multiple: true },
      json: { type: 'string' },
      reason: { type: 'string' },
      'req-id': { type: 'string' },
      'skip-validation': { type: 'boolean' },
      'base-url': { type: 'string' },
      'timeout-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function isEventToken(value: string): value is EventToken {
  return eventTokens.includes(value);
}

/** `Name=Value`, split on the first '=' as the Paygate plaintext is. */
function splitField(field: string): [string, string] {
  const equals = field.indexOf('=');
  if (equals <= 0) throw new CliUsageError(`--field needs Name=Value, got: ${field}`);
  return [field.slice(0, equals), field.slice(equals + 1)];
}

/** The content of a --json file: one object of strings, numbers or booleans. */
export function parseJsonFields(text: string, source: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CliUsageError(`${source} must hold one JSON object of parameters`);
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(data)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new CliUsageError(`${source}: ${name} must be a string, number or boolean`);
    }
    fields[name] = String(value);
  }
  return fields;
}
