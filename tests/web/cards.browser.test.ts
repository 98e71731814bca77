// What a person sees in the widget's panel, in Debian's headless Chromium (playwright-core):
// a group answer on a desktop (1280 px), a phone (390 px) and in Spanish. Fact labels in cards
// never break in the middle of a word, a numbered list from content is a numbered list (not
// "• 1."), and screenshots are saved in test-results/screenshots/ (git-ignored) to look at.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from '../helpers/chromium';
import { HttpBot } from '../helpers/httpHarness';

const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'test-results', 'screenshots');

/** Words in card text that the browser split across two lines (a hyphen is a fair place to wrap). */
const BROKEN_WORDS = `(() => {
  const broken = [];
  for (const el of document.querySelectorAll('.ac-adaptiveCard .ac-textBlock')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const words = /[^\\s\\-\\u2010-\\u2014/]+/g;
      let m;
      while ((m = words.exec(node.data))) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
})()`;

/** List items the page shows as bullets although their text starts with a number. */
const BULLETED_NUMBERS = `[...document.querySelectorAll('.webchat__basic-transcript ul > li')].filter((li) => /^\\d+[.)]\\s/.test(li.textContent.trim())).map((li) => li.textContent.trim())`;

async function until(check: () => Promise<boolean>, what: string, attempts = 200): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('widget cards and lists at 1280 px and 390 px, in English and Spanish (headless Chromium)', function () {
  this.timeout(120_000);
  const bot = new HttpBot();
  let browser: Browser | undefined;

  before(async function () {
    requireChromium(this);
    await bot.start();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await bot.stop();
  });

  async function askInPanel(locale: string, width: number, question: string): Promise<Page> {
    const context = await browser!.newContext({ locale, viewport: { width, height: width < 600 ? 844 : 800 } });
    const page = await context.newPage();
    await page.goto(`${bot.baseUrl}/chat`);
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.waitFor({ timeout: 20_000 });
    await until(async () => (await page.locator('.webchat__basic-transcript__activity').count()) > 0, 'the welcome');
    await box.fill(question);
    await box.press('Enter');
    await until(async () => (await page.locator('.ac-adaptiveCard').count()) > 0, 'the group card');
    await page.waitForTimeout(500);
    return page;
  }

  for (const [name, locale, width, question, label] of [
    ['desktop-1280', 'en-US', 1280, 'what is SMART Recovery', 'Approach'],
    ['phone-390', 'en-US', 390, 'what is SMART Recovery', 'Approach'],
    ['spanish-390', 'es-ES', 390, '¿qué es SMART Recovery?', 'Fundación'],
  ] as const) {
    it(`${name}: fact labels whole, SMART's four points a numbered list; screenshot ${name}.png`, async () => {
      const page = await askInPanel(locale, width, question);
      try {
        const card = page.locator('.ac-adaptiveCard').last();
        await card.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
        await card.screenshot({ path: path.join(SCREENSHOTS, `${name}-card.png`) });
        expect(await card.innerText()).to.include(label);
        expect(await page.evaluate(BROKEN_WORDS), 'words broken across lines in the card').to.deep.equal([]);
        expect(await page.evaluate(BULLETED_NUMBERS), 'numbered items shown as bullets').to.deep.equal([]);
        expect(await page.locator('.webchat__basic-transcript ol > li').count()).to.be.at.least(4);
      } finally {
        await page.context().close();
      }
    });
  }

  it('the send box follows the conversation into Spanish ("español"); screenshot spanish-switch-390.png', async () => {
    const context = await browser!.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${bot.baseUrl}/chat`);
      const box = page.locator('[data-id="webchat-sendbox-input"]');
      await box.waitFor({ timeout: 20_000 });
      expect(await box.getAttribute('placeholder')).to.equal('Type your message');
      await until(async () => (await page.locator('.webchat__basic-transcript__activity').count()) > 0, 'the welcome');
      await box.fill('español');
      await box.press('Enter');
      const spanishBox = page.locator('[data-id="webchat-sendbox-input"][placeholder="Escriba su mensaje"]');
      await spanishBox.waitFor({ timeout: 20_000 });
      expect(await page.locator('.webchat__basic-transcript').innerText()).to.match(/español/);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'spanish-switch-390.png') });
    } finally {
      await context.close();
    }
  });
});
