// The website widget in a real browser: Debian's headless Chromium, driven by playwright-core
// (no browser download), on the page the real bot serves with its local Direct Line. Keyboard
// only to open it, welcome -> finder -> recommendations by clicking suggested actions, axe-core
// on the page with the panel open, Escape to close, and no Content-Security-Policy violation.
// Code that runs in the browser is passed as strings: the project compiles without DOM types.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from '../helpers/chromium';
import { HttpBot } from '../helpers/httpHarness';

const SCREENSHOT = path.join(os.tmpdir(), 'sgn-widget-recommendations.png');
const CRISIS_LINE = 'Urgent help: call or text 988, or call 911';

/** The finder's answers this person gives, in order of preference among what is offered. */
const ANSWERS = [/^Myself$/, /adult/i, /^Alcohol$/, /secular/i, /^No preference$/, /^No$/, /discussion/i, /^Not sure$/];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function until(check: () => Promise<boolean>, what: string, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function runAxe(target: Page | Frame, source: string): Promise<AxeViolation[]> {
  await target.evaluate(source);
  return target.evaluate(`axe.run(document, {
      iframes: false,
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`);
}

describe('website widget in headless Chromium', function () {
  this.timeout(120_000);
  const bot = new HttpBot();
  let context: BrowserContext | undefined;
  let page: Page;
  let userDataDir = '';

  before(async function () {
    requireChromium(this);
    await bot.start();
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgn-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
    });
    // Every frame records the CSP violations it meets.
    await context.addInitScript(`window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`);
    page = context.pages()[0] ?? (await context.newPage());
  });

  after(async () => {
    await context?.close();
    await bot.stop();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it('opens with the keyboard, runs the finder by clicking, passes axe, closes with Escape', async () => {
    await page.goto(`${bot.baseUrl}/`);
    const activeId = () => page.evaluate('document.activeElement && document.activeElement.id') as Promise<string>;

    // Keyboard only: Tab to the chat button, Enter.
    for (let i = 0; i < 15 && (await activeId()) !== 'sgn-chat-launcher'; i++) await page.keyboard.press('Tab');
    expect(await activeId()).to.equal('sgn-chat-launcher');
    const ring = (await page.evaluate(
      `(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; })()`,
    )) as string;
    expect(ring).to.match(/^solid [3-9]px$/);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#sgn-chat-launcher', 'aria-expanded')).to.equal('true');

    // Focus moves into the panel, to the message box.
    let frame: Frame | undefined;
    await until(async () => Boolean((frame = page.frames().find((f) => f.url().endsWith('/chat')))), 'the chat panel frame');
    const chat = frame!;
    // (Polled with evaluate: waitForFunction evaluates strings with eval, which the page's CSP forbids.)
    const inMessageBox = `document.activeElement && document.activeElement.getAttribute('data-id') === 'webchat-sendbox-input'`;
    await until(async () => (await chat.evaluate(inMessageBox)) === true, 'focus in the message box', 200);
    expect(await page.evaluate('document.activeElement.tagName')).to.equal('IFRAME');
    expect(await page.getAttribute('iframe', 'title')).to.equal('Support Group Navigator chat');

    // The welcome, announced by Web Chat's live region.
    const suggested = chat.getByRole('toolbar', { name: 'Suggested actions' });
    const find = suggested.getByRole('button', { name: 'Find a group that fits me', exact: true });
    await find.waitFor({ timeout: 20_000 });
    const liveRegion = chat.locator('.webchat__live-region-transcript[aria-live="polite"]');
    await until(async () => /Support Group Navigator/.test((await liveRegion.textContent()) ?? ''), 'the welcome in the live region');

    const crisis = chat.locator('header .bar__crisis');
    expect((await crisis.innerText()).trim()).to.equal(CRISIS_LINE);
    const crisisTop = (await crisis.boundingBox())!.y;

    // Welcome -> finder -> recommendations, clicking suggested actions.
    const activities = chat.locator('.webchat__basic-transcript__activity');
    const transcript = chat.locator('.webchat__basic-transcript');
    await find.click();
    for (let step = 0; step < 12 && !/may fit/.test(await transcript.innerText()); step++) {
      const buttons = suggested.getByRole('button');
      await buttons.first().waitFor({ timeout: 20_000 });
      // Web Chat swaps the suggested actions in place: read them until the new set is rendered.
      let labels: string[] = [];
      let pick: string | undefined;
      await until(async () => {
        labels = (await buttons.allInnerTexts()).map((l) => l.trim());
        pick = ANSWERS.map((answer) => labels.find((l) => answer.test(l))).find(Boolean);
        return Boolean(pick);
      }, 'a suggested action that answers the question').catch(() => undefined);
      expect(pick, `an answer among: ${labels.join(' | ')}`).to.be.a('string');
      const before = await activities.count();
      await suggested.getByRole('button', { name: pick, exact: true }).click();
      await until(async () => (await activities.count()) >= before + 2, `the reply to "${pick}"`);
    }
    expect(await transcript.innerText()).to.match(/may fit/);
    // Markdown rendered: the recommendations are a list.
    expect(await chat.locator('.webchat__basic-transcript li').count()).to.be.at.least(2);
    await until(async () => /may fit/.test((await liveRegion.textContent()) ?? ''), 'the recommendations in the live region');

    // The crisis line has not moved while the conversation grew, and the newest message is in view.
    expect((await crisis.boundingBox())!.y).to.equal(crisisTop);
    const atBottom = `(() => { const s = document.querySelector('.webchat__basic-transcript__scrollable'); return s.scrollTop + s.clientHeight >= s.scrollHeight - 2; })()`;
    await until(async () => (await chat.evaluate(atBottom)) === true, 'the transcript scrolled to the newest message');
    await page.screenshot({ path: SCREENSHOT });

    // axe-core on the page and on the panel: no serious or critical violation.
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const violations = [...(await runAxe(page, axeSource)), ...(await runAxe(chat, axeSource))];
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking, JSON.stringify(blocking, null, 2)).to.deep.equal([]);

    // Escape closes the panel and focus returns to the chat button.
    await chat.locator('[data-id="webchat-sendbox-input"]').focus();
    await page.keyboard.press('Escape');
    await until(async () => (await activeId()) === 'sgn-chat-launcher', 'focus back on the chat button');
    expect(await page.getAttribute('#sgn-chat-launcher', 'aria-expanded')).to.equal('false');
    expect(await page.isVisible('#sgn-chat-panel')).to.equal(false);

    // The page's own button opens it too; Close returns focus to that button.
    await page.focus('button[data-sgn-open]');
    await page.keyboard.press('Enter');
    await until(async () => (await chat.evaluate(inMessageBox)) === true, 'focus in the message box again');
    await chat.focus('#close');
    await page.keyboard.press('Enter');
    await until(
      async () => (await page.evaluate('document.activeElement.hasAttribute("data-sgn-open")')) === true,
      'focus back on "Start a chat"',
    );
    expect(await page.isVisible('#sgn-chat-panel')).to.equal(false);

    // No Content-Security-Policy violation in the page or the panel.
    expect(await page.evaluate('window.__cspViolations')).to.deep.equal([]);
    expect(await chat.evaluate('window.__cspViolations')).to.deep.equal([]);
  });

  it('speaks Spanish to a Spanish browser: button, panel, bot, and the panel opened directly', async () => {
    // The locale is fixed per context, and the persistent one above is English: a second browser.
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const spanish = await (await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 800 } })).newPage();
      await spanish.goto(`${bot.baseUrl}/`);
      const launcher = spanish.locator('#sgn-chat-launcher');
      expect(await launcher.innerText()).to.equal('Chat sobre grupos de apoyo');
      expect(await launcher.getAttribute('lang')).to.equal('es');
      expect(await spanish.getAttribute('#sgn-chat-panel', 'aria-label')).to.equal('Chat de Support Group Navigator');
      await launcher.click();
      expect(await spanish.getAttribute('iframe', 'title')).to.equal('Chat de Support Group Navigator');
      let frame: Frame | undefined;
      await until(async () => Boolean((frame = spanish.frames().find((f) => f.url().endsWith('/chat')))), 'the chat panel frame');
      await frame!.locator('#close').waitFor();
      expect(await frame!.evaluate('document.documentElement.lang')).to.equal('es');
      expect((await frame!.locator('#close').innerText()).trim()).to.equal('Cerrar');
      expect((await frame!.locator('header .bar__crisis').innerText()).trim()).to.equal(
        'Ayuda urgente: llama al 988 (marca 2 para español), envía AYUDA al 988 o llama al 911',
      );
      // Web Chat gets the same locale, so the bot welcomes in Spanish too.
      const transcript = frame!.locator('.webchat__basic-transcript');
      await transcript.waitFor({ timeout: 20_000 });
      await until(async () => /Hola, soy Support Group Navigator/.test(await transcript.innerText()), 'the Spanish welcome', 200);

      // Opened directly (no widget) when the chat is down: the failure message is Spanish too.
      const direct = await spanish.context().newPage();
      await direct.route('**/api/directline/token', (route) => route.fulfill({ status: 503, body: '{}' }));
      await direct.goto(`${bot.baseUrl}/chat`);
      const status = direct.locator('#status');
      await until(async () => /988/.test(await status.innerText()), 'the failure message');
      expect(await status.innerText()).to.match(
        /^El chat no está disponible .* llama al 988 \(marca 2 para español\), envía AYUDA al 988 o llama al 911\.$/,
      );
      expect(await direct.isVisible('#close')).to.equal(false);
    } finally {
      await browser.close();
    }
  });

  it('works from the one script tag on a page of another origin', async () => {
    // A host site at http://localhost:<port>; the bot is at http://127.0.0.1:<port>.
    const host = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><title>A partner site</title><main><h1>Partner</h1></main><script src="${bot.baseUrl}/widget.js" async></script></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const hostPage = await context!.newPage();
      await hostPage.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
      await hostPage.click('#sgn-chat-launcher');
      let frame: Frame | undefined;
      await until(async () => Boolean((frame = hostPage.frames().find((f) => f.url() === `${bot.baseUrl}/chat`))), 'the chat panel frame');
      await frame!
        .getByRole('toolbar', { name: 'Suggested actions' })
        .getByRole('button', { name: 'Find a group that fits me', exact: true })
        .waitFor({ timeout: 20_000 });
      await hostPage.close();
    } finally {
      host.closeAllConnections();
      await new Promise<void>((resolve) => host.close(() => resolve()));
    }
  });
});
