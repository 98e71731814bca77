// Teams card buttons in the tool the README gives for local Teams testing: the Microsoft 365
// Agents Playground (`-c msteams`), against the real bot started as `npm start` starts it, in
// Debian's headless Chromium driven by playwright-core. A card whose Action.Submit data carries
// an `msteams` key breaks there ("Cannot add property msTeams, object is not extensible": the
// Playground's card renderer writes into the frozen card) and nothing is sent; this test taps a
// card button and expects the bot's next question, with no page error. Screenshot saved in
// test-results/screenshots/.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect } from 'chai';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from '../helpers/chromium';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a child process and resolves once its output matches `ready`. */
function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output.slice(-2000)}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output.slice(-2000)}`)));
  });
}

describe('Teams cards in the Microsoft 365 Agents Playground (headless Chromium)', function () {
  this.timeout(180_000);
  let bot: ChildProcess | undefined;
  let playground: ChildProcess | undefined;
  let browser: Browser | undefined;
  let playgroundUrl = '';

  before(async function () {
    requireChromium(this);
    const botPort = await freePort();
    const playgroundPort = await freePort();
    bot = await startProcess(
      process.execPath,
      [path.join(ROOT, 'dist', 'index.js')],
      { PORT: String(botPort), MicrosoftAppId: '' },
      /"listening"/,
    );
    const cli = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
    playground = await startProcess(
      process.execPath,
      // No telemetry: a test never reaches the internet.
      [cli, '-e', `http://localhost:${botPort}/api/messages`, '-c', 'msteams', '--disable-telemetry'],
      { TEAMSAPPTESTER_PORT: String(playgroundPort), BROWSER: 'none' },
      /Listening on/,
    );
    playgroundUrl = `http://localhost:${playgroundPort}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  after(async () => {
    await browser?.close();
    playground?.kill();
    bot?.kill();
  });

  it('a card button sends the choice and the bot answers, with no page error', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(playgroundUrl);
    const find = page.getByRole('button', { name: 'Find a group that fits me' }).first();
    await find.waitFor({ timeout: 60_000 });
    await find.click();
    await page.getByText('Who are you looking for support for?').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Myself' }).first().click();
    await page
      .getByText(/What is the main substance\?|Are you a teenager\?/)
      .first()
      .waitFor({ timeout: 30_000 });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'teams-playground.png') });
    expect(errors, 'page errors').to.deep.equal([]);
  });
});
