import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without these the closed network refuses Chromium's background connections. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Whether browser tests can run here. CI sets PAYGATE_SIM_REQUIRE_BROWSER=1
 * (and installs Debian's chromium): there a missing browser is a failure,
 * not a skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.PAYGATE_SIM_REQUIRE_BROWSER === '1') {
    throw new Error(`${CHROMIUM_PATH} missing: .ci/run installs Debian's chromium`);
  }
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}
