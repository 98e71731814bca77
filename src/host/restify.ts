// restify, loaded without `spdy`. restify 11 requires `spdy` when it loads, only to create SPDY
// servers when asked (`createServer({ spdy })`), which this bot never does. `spdy` loads
// `http-deceiver`, which reads Node's internal HTTP parser through process.binding('http_parser'):
// a deprecation warning at every start on Node 20 and 22, and on Node 24, where that binding is
// gone, an error that stops the bot from starting. A stand-in for `spdy` in the module cache
// keeps it from loading at all. (restify 12 drops `spdy`, but needs Node 22.)
import Module from 'node:module';
import path from 'node:path';
import type Restify from 'restify';

function withoutSpdy(): typeof Restify {
  const restifyDir = path.dirname(require.resolve('restify/package.json'));
  const spdyPath = require.resolve('spdy', { paths: [restifyDir] });
  if (!require.cache[spdyPath]) {
    const standIn = new Module(spdyPath);
    standIn.filename = spdyPath;
    standIn.loaded = true;
    standIn.exports = {
      createServer(): never {
        throw new Error('SPDY servers are not available in this bot');
      },
    };
    require.cache[spdyPath] = standIn;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('restify') as typeof Restify;
}

const restify = withoutSpdy();
export default restify;
