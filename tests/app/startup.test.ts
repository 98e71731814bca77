// `npm start` runs the compiled bot: it listens on PORT, says loudly when auth is off, refuses a
// bad configuration with one line, and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { expect } from 'chai';

const ENTRY = path.resolve(__dirname, '..', '..', 'index.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(check: () => boolean, ms = 15000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('start-up', () => {
  it('listens on PORT, warns that auth is off, serves /healthz and stops on SIGTERM', async () => {
    const port = await freePort();
    const bot = start({ PORT: String(port) });
    try {
      await waitFor(() => bot.output().includes('"listening"'));
      expect(bot.output()).to.match(/auth_disabled/);
      await waitFor(() => bot.output().includes('web_widget_url'));
      expect(bot.output(), 'the start-up log gives the widget address').to.include(`Website widget: http://localhost:${port}/`);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).to.equal(200);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).to.equal(0);
  });

  it('refuses a bad value with one line naming it, and exit code 1', async () => {
    const bot = start({ PORT: 'not-a-port' });
    expect(await bot.exited).to.equal(1);
    const lines = bot.output().trim().split('\n');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/Invalid configuration: PORT/);
  });

  it('refuses to run without authentication when REQUIRE_AUTH=true', async () => {
    const bot = start({ REQUIRE_AUTH: 'true', PORT: '0' });
    expect(await bot.exited).to.equal(1);
    expect(bot.output()).to.match(/MicrosoftAppId is empty but REQUIRE_AUTH=true/);
  });
});
