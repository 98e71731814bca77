// Debian's Chromium, driven by playwright-core (which downloads no browser), for the browser tests.
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and nothing that reaches outside the machine (updates, sync, background requests). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Skips the calling suite when Chromium is not installed, saying so; in CI it must be (.ci/run
 * installs the Debian package), so there its absence fails the suite instead.
 */
export function requireChromium(suite: Mocha.Context): void {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is missing, and CI must run the browser tests: install the Debian package chromium (.ci/run does).`);
  console.log(`      skipped: ${CHROMIUM} not found (apt-get install chromium to run the browser tests)`);
  suite.skip();
}
