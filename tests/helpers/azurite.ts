// Azurite, the Azure Storage emulator, as a child process: blob service only, in memory, on a
// free local port (or a given one, to bring it "back" after a simulated outage). Azurite has no
// in-process API, so its CLI is spawned and its "successfully listens" line awaited.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Azurite's well-known development account (public, documented; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const STARTUP_TIMEOUT_MS = 20_000;

export class Azurite {
  private child?: ChildProcess;
  private onStarted?: () => void;
  port = 0;

  /** Starts on `port` (0 = a free one). */
  async start(port = this.port): Promise<this> {
    if (this.child) throw new Error('Azurite is already running');
    const bin = path.resolve(__dirname, '../../../node_modules/.bin/azurite-blob');
    const child = spawn(
      bin,
      [
        '--inMemoryPersistence',
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(port),
        // The storage SDK speaks a newer API version than Azurite 3.35 knows.
        '--skipApiVersionCheck',
        '--disableTelemetry',
        '--loose',
        '--extentMemoryLimit',
        '256',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => fail(new Error(`Azurite did not start within ${STARTUP_TIMEOUT_MS} ms: ${output}`)),
        STARTUP_TIMEOUT_MS,
      );
      const fail = (err: Error) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(err);
      };
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const listening = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (listening) {
          clearTimeout(timer);
          resolve(Number(listening[1]));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      const onExit = (code: number | null) => fail(new Error(`Azurite exited with ${code}: ${output}`));
      child.once('error', fail);
      child.once('exit', onExit);
      this.onStarted = () => {
        child.off('error', fail);
        child.off('exit', onExit);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
      };
    });
    this.onStarted?.();
    // Keep draining its output so that the pipe never fills and blocks it.
    child.stdout?.resume();
    child.stderr?.resume();
    return this;
  }

  /** Stops the process (an in-memory Azurite loses everything it held). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  get running(): boolean {
    return Boolean(this.child);
  }

  /**
   * An explicit connection string for the development account. Not `UseDevelopmentStorage=true;`:
   * BlobsStorage serializes all calls for that exact string, which would hide concurrency bugs.
   */
  get connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${this.port}/${ACCOUNT};`;
  }
}
