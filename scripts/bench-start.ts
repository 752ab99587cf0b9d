/**
 * Start time of the shipped simulator: spawn `node dist/simulator/main.js`
 * (what `npm start` and the `paygate-sim` bin run) until its first answered
 * request, several runs, median and spread. Needs `npm run build` first.
 *
 *   npx tsx scripts/bench-start.ts [--runs 7]
 *
 * Printed, never asserted (docs/decisions/009-performance.md).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const MAIN = new URL('../dist/simulator/main.js', import.meta.url).pathname;

/** Milliseconds from spawn to the first answered GET /__sim/health. */
export function timeToFirstAnswer(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [MAIN, '--port', '0'], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', async (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url || output.includes('\u0000')) return;
      output += '\u0000'; // ask once
      try {
        await (await fetch(`${url}/__sim/health`)).text();
        resolve(performance.now() - started);
      } catch (error) {
        reject(error);
      } finally {
        child.kill();
      }
    });
    child.once('exit', (code) => {
      if (!output.includes('\u0000')) reject(new Error(`exited with ${code} before answering`));
    });
  });
}

export async function measureStart(runs: number): Promise<string> {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run npm run build first');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeToFirstAnswer());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return `start (dist/, spawn to first answer): median ${median.toFixed(0)} ms, min ${times[0]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms over ${runs} runs`;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  process.stdout.write(`${await measureStart(Number(values.runs))}\n`);
}
