// restify is loaded without `spdy`, whose http-deceiver uses process.binding('http_parser'):
// deprecated on Node 20 and 22, gone on Node 24 (README, "Node versions").
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';

const RESTIFY = path.resolve(__dirname, '..', '..', 'src', 'host', 'restify');

describe('restify without spdy', () => {
  it('loads with no deprecation warning and never loads spdy or http-deceiver', () => {
    const script = `
      const restify = require(${JSON.stringify(RESTIFY)}).default;
      const server = restify.createServer();
      const loaded = Object.keys(require.cache).filter((f) => /node_modules[\\\\/](spdy|http-deceiver)[\\\\/]/.test(f) && require.cache[f].loaded && f.endsWith('.js') && !f.endsWith('spdy/lib/spdy.js'));
      console.log(JSON.stringify({ server: typeof server.listen, loaded }));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stderr).to.not.include('DEP0111');
    expect(JSON.parse(run.stdout.trim())).to.deep.equal({ server: 'function', loaded: [] });
  });

  it('refuses to make a SPDY server rather than load it', () => {
    const script = `
      const restify = require(${JSON.stringify(RESTIFY)}).default;
      try { restify.createServer({ spdy: {} }); console.log('created'); } catch (err) { console.log(err.message); }`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stdout).to.match(/SPDY servers are not available/);
  });
});
