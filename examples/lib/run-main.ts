import { pathToFileURL } from 'node:url';

/**
 * True when the module at `moduleUrl` is the script node was started with
 * (`npx tsx examples/order-entry.ts`), false when it is imported (by a test).
 */
export function isMain(moduleUrl: string, argv: readonly string[] = process.argv): boolean {
  const script = argv[1];
  return script !== undefined && pathToFileURL(script).href === moduleUrl;
}

/**
 * Runs an example's `main`, prints what it returned as JSON and sets the exit
 * code: 0 when it ran, 1 when it threw (the error goes to stderr).
 */
export async function runMain(main: () => Promise<unknown>): Promise<void> {
  try {
    const outcome = await main();
    process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exitCode = 1;
  }
}
