import { execFile, execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  body: string;
}

function hasCurl(): boolean {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The scripts need curl; a machine without it cannot run them either.
describe.skipIf(!hasCurl())('the broker scripts', () => {
  const seen: Seen[] = [];
  let deployable: boolean | null = true;
  let server: Server;
  let env: Record<string, string>;

  // A stand-in for the broker's HTTP API that records what it is sent.
  beforeAll(async () => {
    server = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        auth: req.headers.authorization,
        body,
      });
      const matrix = { summary: { deployable, reason: 'fake broker' }, matrix: [] };
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(req.method === 'GET' ? matrix : {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    env = {
      ...(process.env as Record<string, string>),
      PACT_BROKER_BASE_URL: `http://127.0.0.1:${port}`,
      PACT_BROKER_USERNAME: 'pact',
      PACT_BROKER_PASSWORD: 'pact',
    };
  });
  afterAll(() => {
    server.close();
  });

  it('publish.sh puts the committed pact, its branch and tags with basic auth', async () => {
    await run('bash', [script('publish.sh'), '1.2.3', 'feature/x', 'dev'], { env });
    const basic = `Basic ${Buffer.from('pact:pact').toString('base64')}`;
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'PUT /pacts/provider/paygate/consumer/paygate-client/version/1.2.3',
      'PUT /pacticipants/paygate-client/branches/feature%2Fx/versions/1.2.3',
      'PUT /pacticipants/paygate-client/versions/1.2.3/tags/dev',
    ]);
    expect(seen.every((s) => s.auth === basic)).toBe(true);
    expect(JSON.parse(seen[0]?.body ?? '{}')).toMatchObject({
      consumer: { name: 'paygate-client' },
    });
  });

  it('can-i-deploy.sh exits 0 when the broker says deployable', async () => {
    deployable = true;
    const { stdout } = await run(
      'bash',
      [script('can-i-deploy.sh'), 'paygate-client', '1.2.3', 'production'],
      { env },
    );
    expect(stdout).toContain('yes');
    expect(seen.at(-1)?.url).toBe(
      '/can-i-deploy?pacticipant=paygate-client&version=1.2.3&to=production',
    );
  });

  it('can-i-deploy.sh exits 1 when it is not (or not yet known)', async () => {
    deployable = null;
    const call = run(
      'bash',
      [script('can-i-deploy.sh'), 'paygate', 'abc', '--environment', 'production'],
      { env },
    );
    await expect(call).rejects.toMatchObject({ code: 1 });
    expect(seen.at(-1)?.url).toBe(
      '/can-i-deploy?pacticipant=paygate&version=abc&environment=production',
    );
  });
});
