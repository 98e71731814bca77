// Files the widget's browsers load: Web Chat's prebuilt bundle from the pinned npm package (no
// CDN), and our two small scripts. Web Chat's URL carries its version, so browsers may keep it for
// a year; it is gzipped once, on first request, and kept in memory.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';

export interface StaticAsset {
  /** Where it is served. */
  path: string;
  contentType: string;
  cacheControl: string;
  body: Buffer;
  /** Compressed lazily, shared by every request. */
  gzipped?: Promise<Buffer>;
}

const YEAR = 'public, max-age=31536000, immutable';
const gzipAsync = promisify(gzip);

/**
 * Web Chat's full bundle (dist/webchat.js, 3.9 MB, 0.95 MB gzipped). The package's minimal bundle
 * is half that size but renders neither markdown nor Adaptive Cards, which the web renderer sends
 * for group details and comparisons.
 */
export function webChatBundle(): StaticAsset {
  const root = path.resolve(path.dirname(require.resolve('botframework-webchat')), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return cached(`webchat@${version}`, () => ({
    path: `/webchat/${version}/webchat.js`,
    contentType: 'application/javascript; charset=utf-8',
    cacheControl: YEAR,
    // 3.9 MB: read on the first request for it, not at start-up.
    get body() {
      const body = fs.readFileSync(path.join(root, 'dist', 'webchat.js'));
      Object.defineProperty(this, 'body', { value: body });
      return body;
    },
  }));
}

/** The panel's own script; its URL changes with its content, so it is cached for long too. */
export function panelScript(): StaticAsset {
  return cached('panel', () => {
    const body = fs.readFileSync(path.join(assetsDir(), 'panel.js'));
    return {
      path: `/web/panel.js?v=${createHash('sha256').update(body).digest('hex').slice(0, 12)}`,
      contentType: 'application/javascript; charset=utf-8',
      cacheControl: YEAR,
      body,
    };
  });
}

/** The embed script: other sites link to this fixed URL, so browsers re-check it every few minutes. */
export function widgetScript(): StaticAsset {
  return cached('widget', () => ({
    path: '/widget.js',
    contentType: 'application/javascript; charset=utf-8',
    cacheControl: 'public, max-age=300',
    body: fs.readFileSync(path.join(assetsDir(), 'widget.js')),
  }));
}

export async function sendAsset(req: Request, res: Response, asset: StaticAsset): Promise<void> {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body =
    acceptsGzip && asset.body.length > 1024
      ? await (asset.gzipped ??= gzipAsync(asset.body, { level: 9 }).catch(() => asset.body))
      : asset.body;
  res.header('Content-Type', asset.contentType);
  res.header('Cache-Control', asset.cacheControl);
  res.header('Vary', 'Accept-Encoding');
  // Other sites load widget.js with a plain <script> tag.
  res.header('Cross-Origin-Resource-Policy', 'cross-origin');
  if (body !== asset.body) res.header('Content-Encoding', 'gzip');
  res.sendRaw(200, body);
}

const cache = new Map<string, StaticAsset>();
function cached(key: string, load: () => StaticAsset): StaticAsset {
  let asset = cache.get(key);
  if (!asset) cache.set(key, (asset = load()));
  return asset;
}

/** src/host/web/assets, found from the compiled file (dist/src/host/web) or the source. */
function assetsDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'src', 'host', 'web', 'assets');
    if (fs.existsSync(path.join(candidate, 'widget.js'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('src/host/web/assets not found');
  }
}
