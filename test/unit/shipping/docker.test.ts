import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// There is no Docker engine on CI machines, so the image and the compose
// file are checked statically: they must agree with each other and with
// what `npm start` runs.
const dockerfile = readFileSync('Dockerfile', 'utf8');
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  version?: string;
  services: Record<
    string,
    {
      build?: string;
      image?: string;
      profiles?: string[];
      ports?: string[];
      environment?: Record<string, string>;
      volumes?: string[];
      healthcheck?: { test: string[] };
    }
  >;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The last stage: what the image runs. */
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

function dockerfileValue(instruction: string): string {
  const line = finalStage.split('\n').find((l) => l.startsWith(`${instruction} `));
  if (!line) throw new Error(`Dockerfile has no ${instruction}`);
  return line.slice(instruction.length + 1).trim();
}

describe('Dockerfile and docker-compose.yml', () => {
  const simulator = compose.services.simulator;

  it('builds the simulator service from the Dockerfile', () => {
    expect(simulator?.build).toBe('.');
  });

  it('publishes the port the image exposes, on loopback only', () => {
    const exposed = dockerfileValue('EXPOSE');
    expect(simulator?.ports).toContain(`127.0.0.1:${exposed}:${exposed}`);
    expect(simulator?.environment?.PORT).toBe(exposed);
    expect(dockerfile).toContain(`PORT=${exposed}`);
  });

  it('runs the same command as npm start, as a non-root user', () => {
    const command = JSON.parse(dockerfileValue('CMD')) as string[];
    expect(command.join(' ')).toBe(pkg.scripts.start);
    expect(command[0]).toBe('node');
    expect(dockerfileValue('USER')).not.toBe('root');
  });

  it('health-checks the simulator health endpoint in both files', () => {
    expect(dockerfile).toContain('/__sim/health');
    expect(simulator?.healthcheck?.test.join(' ')).toContain('/__sim/health');
  });

  it('compiles in a build stage and ships dist/ without dev dependencies', () => {
    const buildStage = dockerfile.slice(0, dockerfile.lastIndexOf('\nFROM '));
    for (const folder of ['protocol', 'simulator', 'client']) {
      expect(buildStage).toContain(`COPY ${folder} ./${folder}`);
    }
    expect(finalStage).toContain('COPY --from=build /app/dist ./dist');
    expect(finalStage).toMatch(/npm ci --omit=dev --ignore-scripts/);
    expect(finalStage).not.toMatch(/COPY (protocol|simulator|client) /);
    expect(finalStage).not.toContain('tsx');
  });

  it('ships the SQLite addon built in the build stage, and keeps the sandbox state on a volume', () => {
    expect(finalStage).toContain(
      'COPY --from=build /app/node_modules/better-sqlite3/build ./node_modules/better-sqlite3/build',
    );
    const store = simulator?.environment?.PAYGATE_SIM_STORE ?? '';
    const file = /sqlite:(\/app\/data\/[\w.-]+)/.exec(store)?.[1];
    expect(file, store).toBeDefined();
    expect(simulator?.volumes).toContain('sandbox-data:/app/data');
    expect(finalStage).toContain('chown node:node /app/data');
  });

  it('runs two replicas on one PostgreSQL behind the sandbox-team profile', () => {
    const replicas = ['replica-a', 'replica-b'].map((name) => compose.services[name]);
    for (const replica of replicas) {
      expect(replica?.environment?.PAYGATE_SIM_STORE).toMatch(/^postgres:\/\/[^@]+@team-db:5432\//);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own variable syntax.
      expect(replica?.environment?.SIM_ADMIN_TOKEN).toBe('${SIM_ADMIN_TOKEN:-}');
    }
    expect(new Set(replicas.map((r) => r?.ports?.[0])).size).toBe(2);
  });

  it('pins every image and keeps the broker behind a profile', () => {
    expect(compose.version).toBeUndefined();
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.image, name).toMatch(/:\d[\w.-]*$/);
      if (name === 'simulator') continue;
      const team = ['team-db', 'replica-a', 'replica-b'].includes(name);
      expect(service.profiles, name).toEqual([team ? 'sandbox-team' : 'broker']);
    }
    expect(simulator?.profiles).toBeUndefined();
    for (const from of dockerfile.match(/^FROM \S+/gm) ?? []) expect(from).toMatch(/:\d/);
  });

  it('passes every PAYGATE_* setting the simulator reads through to it', () => {
    for (const name of [
      'PAYGATE_MERCHANT_ID',
      'PAYGATE_BLOWFISH_KEY',
      'PAYGATE_HMAC_KEY',
      'PAYGATE_AES_KEY',
      'PAYGATE_ENCRYPTION',
      'SIM_ADMIN_TOKEN',
    ]) {
      expect(simulator?.environment?.[name], name).toBe(`\${${name}:-}`);
    }
  });

  const composeCli = (() => {
    try {
      execFileSync('docker-compose', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!composeCli)('passes docker-compose config', () => {
    expect(() => execFileSync('docker-compose', ['config', '-q'], { stdio: 'pipe' })).not.toThrow();
  });
});
