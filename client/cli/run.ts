import { PaygateError } from '../errors.js';
import {
  PaygateConfigError,
  PaygateUnencryptedFailure,
  PaygateValidationError,
} from '../failures.js';
import { PaygateClient, type PaygateClientOptions } from '../paygate-client.js';
import { type CliCall, CliUsageError, parseCliArgs, parseJsonFields, USAGE } from './args.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, noAnswer: 3 } as const;

export interface CliDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Tests inject a client with a fake transport here. */
  createClient?(options: PaygateClientOptions): Pick<PaygateClient, 'send' | 'sendPayment'>;
}

/** Runs one command line and returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.kind === 'help') {
      deps.stdout(USAGE);
      return EXIT.ok;
    }
    return await call(args, deps);
  } catch (error) {
    return reportError(error, deps);
  }
}

async function call(args: CliCall, deps: CliDeps): Promise<number> {
  const fromFile = args.jsonFile
    ? parseJsonFields(await readJson(args.jsonFile, deps), args.jsonFile)
    : {};
  const createClient = deps.createClient ?? ((options) => new PaygateClient(options));
  const client = createClient({
    env: deps.env,
    baseUrl: args.baseUrl,
    timeoutMs: args.timeoutMs === undefined ? undefined : Number(args.timeoutMs),
  });
  const fields = { ...fromFile, ...args.fields };
  const options = { reqId: args.reqId, throwOnFailure: false, validate: args.validate };
  const result = args.paymentCall
    ? await client.sendPayment(args.paymentCall, fields, options)
    : await client.send(args.eventToken ?? 'BC', fields, options);
  deps.stdout(JSON.stringify(result, null, 2));
  return result.ok ? EXIT.ok : EXIT.failed;
}

async function readJson(path: string, deps: CliDeps): Promise<string> {
  try {
    return await deps.readFile(path);
  } catch (error) {
    throw new CliUsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function reportError(error: unknown, deps: CliDeps): number {
  if (error instanceof CliUsageError) {
    deps.stderr(`paygate: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (!(error instanceof PaygateError)) throw error;
  const report: Record<string, unknown> = { type: error.type, message: error.message };
  if (error instanceof PaygateValidationError) report.failures = error.failures;
  if (error instanceof PaygateUnencryptedFailure) {
    deps.stdout(
      JSON.stringify(
        { status: error.status, description: error.description, raw: error.raw },
        null,
        2,
      ),
    );
    deps.stderr(JSON.stringify({ error: report }, null, 2));
    return EXIT.failed;
  }
  deps.stderr(JSON.stringify({ error: report }, null, 2));
  const usage = error instanceof PaygateValidationError || error instanceof PaygateConfigError;
  return usage ? EXIT.usage : EXIT.noAnswer;
}
