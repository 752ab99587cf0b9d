import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

const compiledMain = fileURLToPath(new URL('../../dist/simulator/main.js', import.meta.url));

/** `npm run dev` as a shell runs it: the test runner's own variables removed. */
export function startMain(env: Record<string, string>, args: readonly string[] = []): ChildProcess {
  return spawn(tsx, ['simulator/main.ts', ...args], { cwd: root, env: shellEnv(env) });
}

/** `npm start`: the compiled simulator in dist/ (built by `npm test` before vitest runs). */
export function startCompiledMain(
  env: Record<string, string>,
  args: readonly string[] = [],
): ChildProcess {
  return spawn(process.execPath, [compiledMain, ...args], { cwd: root, env: shellEnv(env) });
}

/** This process's environment without the test runner's and the simulator's own variables. */
function shellEnv(env: Record<string, string>): Record<string, string | undefined> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(VITEST|NODE_ENV|PAYGATE_|SIM_|HOST$|PORT$|LOG_LEVEL$)/.test(name),
    ),
  );
  return { ...inherited, ...env };
}

/** Collects a process's output; resolves once `ready` matches stdout, or on exit. */
export function output(child: ChildProcess) {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    text: () => `${stdout}\n${stderr}`,
    stdout: () => stdout,
    exited,
    async until(ready: RegExp): Promise<RegExpMatchArray> {
      for (let waited = 0; waited < 15_000; waited += 25) {
        const match = stdout.match(ready);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no ${ready} in output:\n${stdout}\n${stderr}`);
    },
  };
}
