import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// There is no Docker engine on CI machines, so the image and the compose
// file are checked statically: they must agree with each other and with
// what `npm start` runs.
const dockerfile = readFileSync('Dockerfile', 'utf8');
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<
    string,
    {
      build?: string;
      ports?: string[];
      environment?: Record<string, string>;
      healthcheck?: { test: string[] };
    }
  >;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

function dockerfileValue(instruction: string): string {
  const line = dockerfile.split('\n').find((l) => l.startsWith(`${instruction} `));
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

  it('copies every folder the simulator imports at run time', () => {
    for (const folder of ['protocol', 'simulator']) {
      expect(dockerfile).toContain(`COPY ${folder} ./${folder}`);
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
