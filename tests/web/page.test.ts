// The widget's page, panel and scripts over HTTP: content, a per-response CSP nonce, security
// headers, embedding rules and Web Chat served from the pinned npm package.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect } from 'chai';
import { preferredLanguage } from '../../src/host/web/pages';
import { HttpBot } from '../helpers/httpHarness';

const webChatVersion = (
  JSON.parse(fs.readFileSync(path.resolve(path.dirname(require.resolve('botframework-webchat')), '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** A GET that keeps the body as sent (fetch would decode gzip). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

function cspOf(res: Response): Map<string, string> {
  const header = res.headers.get('content-security-policy') ?? '';
  return new Map(
    header.split(';').map(
      (d) =>
        d
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

describe('website widget: page and assets', () => {
  const bot = new HttpBot({ env: { WIDGET_ALLOWED_ORIGINS: 'https://www.example.org' } });
  before(() => bot.start());
  after(() => bot.stop());

  it('serves an accessible page with the crisis line and a button that opens the chat', async () => {
    const res = await fetch(`${bot.baseUrl}/`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/html/);
    const html = await res.text();
    expect(html).to.match(/<html lang="en">/);
    expect(html).to.match(/<title>Support Group Navigator<\/title>/);
    expect(html.replace(/<[^>]+>/g, '')).to.contain('Urgent help: call or text 988, or call 911');
    expect(html).to.match(/<button type="button"[^>]*data-sgn-open[^>]*>Start a chat<\/button>/);
    expect(html).to.match(/<script nonce="[^"]+" src="\/widget.js" async><\/script>/);
  });

  it('puts a new nonce on every page and allows only nonced scripts and styles', async () => {
    const first = await fetch(`${bot.baseUrl}/`);
    const second = await fetch(`${bot.baseUrl}/`);
    const nonces = [first, second].map((res) => /script-src 'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1]);
    expect(nonces[0]).to.be.a('string').with.length.greaterThan(20);
    expect(nonces[0]).to.not.equal(nonces[1]);
    const csp = cspOf(first);
    expect(csp.get('default-src')).to.equal("'none'");
    expect(csp.get('script-src')).to.equal(`'nonce-${nonces[0]}' 'strict-dynamic'`);
    expect(csp.get('style-src')).to.match(new RegExp(`^'nonce-${nonces[0]!.replace(/[+/=]/g, '\\$&')}'`));
    expect(csp.get('style-src')).to.not.contain('unsafe-inline');
    expect(csp.get('base-uri')).to.equal("'none'");
    expect(csp.get('object-src')).to.equal("'none'");
    expect(csp.get('frame-ancestors')).to.equal("'none'");
    const html = await first.text();
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) expect(tag).to.contain(`nonce="${nonces[0]}"`);
    expect(first.headers.get('cache-control')).to.equal('no-store');
  });

  it('sends the security headers on the page', async () => {
    const res = await fetch(`${bot.baseUrl}/`);
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.headers.get('referrer-policy')).to.equal('no-referrer');
    expect(res.headers.get('x-frame-options')).to.equal('DENY');
    expect(res.headers.get('permissions-policy')).to.contain('microphone=()');
  });

  it('lets the configured sites, and localhost in development, frame the chat panel', async () => {
    const res = await fetch(`${bot.baseUrl}/chat`);
    expect(res.status).to.equal(200);
    const csp = cspOf(res);
    expect(csp.get('frame-ancestors')).to.equal("'self' https://www.example.org http://localhost:* http://127.0.0.1:*");
    expect(res.headers.get('x-frame-options')).to.equal(null);
    // Local Direct Line: the panel talks only to this server.
    expect(csp.get('connect-src')).to.equal("'self'");
    const html = await res.text();
    expect(html).to.contain(`src="/webchat/${webChatVersion}/webchat.js"`);
    expect(html).to.contain('data-web-socket="false"');
    expect(html.replace(/<[^>]+>/g, '')).to.contain('Urgent help: call or text 988, or call 911');
  });

  it('renders the panel in Spanish when the browser prefers Spanish', async () => {
    const res = await fetch(`${bot.baseUrl}/chat`, { headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    expect(res.status).to.equal(200);
    expect(res.headers.get('vary')).to.match(/accept-language/i);
    const html = await res.text();
    expect(html).to.match(/<html lang="es">/);
    expect(html).to.match(/<title>Chat de Support Group Navigator<\/title>/);
    expect(html).to.match(/<button type="button" class="bar__close" id="close">Cerrar<\/button>/);
    expect(html.replace(/<[^>]+>/g, '')).to.contain(
      'Ayuda urgente: llama al 988 (marca 2 para español), envía AYUDA al 988 o llama al 911',
    );
    expect(html).to.match(/data-failure="El chat no está disponible[^"]*988[^"]*911\."/);
    // The language changes words only: the scripts still carry the nonce.
    const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) expect(tag).to.contain(`nonce="${nonce}"`);
  });

  for (const [name, headers] of [
    ['en-US', { 'accept-language': 'en-US,en;q=0.9' }],
    ['no Accept-Language', {}],
  ] as [string, Record<string, string>][]) {
    it(`renders the panel in English with ${name}`, async () => {
      // node:http, not fetch: fetch adds "Accept-Language: *" when none is given.
      const html = (await rawGet(`${bot.baseUrl}/chat`, headers)).body.toString('utf8');
      expect(html).to.match(/<html lang="en">/);
      expect(html).to.match(/<title>Support Group Navigator chat<\/title>/);
      expect(html).to.match(/<button type="button" class="bar__close" id="close">Close<\/button>/);
      expect(html).to.match(/data-failure="The chat is not available[^"]*988[^"]*911\."/);
    });
  }

  it('serves Web Chat from the npm package, gzipped, cached for a year', async () => {
    const res = await rawGet(`${bot.baseUrl}/webchat/${webChatVersion}/webchat.js`, { 'accept-encoding': 'gzip' });
    expect(res.status).to.equal(200);
    expect(res.headers['content-type']).to.match(/^application\/javascript/);
    expect(res.headers['cache-control']).to.equal('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).to.equal('gzip');
    const onDisk = fs.readFileSync(path.resolve(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'));
    expect(res.body.length).to.be.lessThan(onDisk.length / 2);
    expect(gunzipSync(res.body).equals(onDisk)).to.equal(true);
    const plain = await rawGet(`${bot.baseUrl}/webchat/${webChatVersion}/webchat.js`, {});
    expect(plain.headers['content-encoding']).to.equal(undefined);
    expect(plain.body.equals(onDisk)).to.equal(true);
  });

  it('serves the embed script for use on other sites', async () => {
    const res = await fetch(`${bot.baseUrl}/widget.js`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/javascript/);
    expect(res.headers.get('cross-origin-resource-policy')).to.equal('cross-origin');
    expect(res.headers.get('cache-control')).to.equal('public, max-age=300');
    const js = await res.text();
    expect(js).to.contain("'/chat'");
    expect(js).to.contain('aria-expanded');
  });
});

describe('website widget: the panel language from Accept-Language', () => {
  it('is Spanish when the most preferred language is Spanish', () => {
    for (const header of ['es', 'es-MX,es;q=0.9', 'ES-us', 'en;q=0.5, es;q=0.9', 'en;q=0.5,es-419', 'de;q=0.1, es ; q=1.0, en']) {
      expect(preferredLanguage(header), header).to.equal('es');
    }
  });

  it('is English otherwise: English first, another language first, none, or nonsense', () => {
    for (const header of [
      undefined,
      '',
      'en-US',
      'en-US,en;q=0.9,es;q=0.8',
      'es;q=0.5, en;q=0.9',
      'en, es',
      'fr-FR, es;q=0.5',
      'es;q=0, en;q=0.1',
      'es;q=2',
      'es;q=abc',
      '*',
      'esperanto',
      'est',
    ]) {
      expect(preferredLanguage(header), String(header)).to.equal('en');
    }
  });
});

describe('website widget: panel with the Azure Direct Line', () => {
  const bot = new HttpBot({
    env: { DIRECT_LINE_SECRET: 'secret-xyz-0123456789', DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com' },
  });
  before(() => bot.start());
  after(() => bot.stop());

  it('allows connections to the Direct Line service only, over https and wss, and streams', async () => {
    const res = await fetch(`${bot.baseUrl}/chat`);
    const csp = cspOf(res);
    expect(csp.get('connect-src')).to.equal("'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com");
    expect(csp.get('frame-ancestors')).to.equal("'self' http://localhost:* http://127.0.0.1:*");
    const html = await res.text();
    expect(html).to.contain('data-web-socket="true"');
    expect(html).to.not.contain('secret-xyz');
  });
});
