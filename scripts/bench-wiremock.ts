/**
 * WireMock serving a static stub of the same answer bytes, for the bench's
 * "faster than a static WireMock stub" comparison. Uses the wiremock npm
 * package's standalone jar on the machine's Java, on 127.0.0.1 only; where
 * Java is missing it says so and the bench goes on without it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface WireMock {
  readonly url: string;
  /** The JVM's CPU time so far, in µs (from /proc; NaN elsewhere). */
  cpu(): number;
  stop(): void;
}

/** A WireMock answering `POST path` with `body`, or why it could not start. */
export async function startWireMock(
  path: string,
  body: string,
): Promise<WireMock | { skipped: string }> {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
    return { skipped: 'wiremock skipped: no java on this machine' };
  }
  const jar = standaloneJar();
  if (!jar) return { skipped: 'wiremock skipped: the wiremock package has no standalone jar' };
  const port = await freePort();
  const child = spawn(
    'java',
    [
      '-jar',
      jar,
      '--port',
      String(port),
      '--bind-address',
      '127.0.0.1',
      '--disable-banner',
      '--no-request-journal',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child);
    const mapping = await fetch(`${url}/__admin/mappings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        request: { method: 'POST', url: path },
        response: { status: 200, body, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
      }),
    });
    if (!mapping.ok) throw new Error(`stub not accepted: HTTP ${mapping.status}`);
  } catch (error) {
    child.kill();
    return { skipped: `wiremock skipped: ${(error as Error).message}` };
  }
  return { url, cpu: () => cpuOfPid(child.pid), stop: () => child.kill() };
}

function standaloneJar(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('wiremock/package.json');
    const build = join(dirname(pkg), 'build');
    const jar = readdirSync(build).find((name) => /^wiremock-standalone-.*\.jar$/.test(name));
    return jar && join(build, jar);
  } catch {
    return undefined;
  }
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`java exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/__admin/mappings`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('did not start within 60 s');
}

/** utime + stime of a process from /proc, in µs (clock ticks of 10 ms). */
function cpuOfPid(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return Number.NaN;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
