// The benchmark's handle on a bot process: fork it, wait until it listens, ask for figures, stop it.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { BotKind, BotStats, FromBot, MeetingStats, StorageStats, ToBot } from './protocol';

export interface BotChildOptions {
  /** Extra node flags, e.g. --cpu-prof or --expose-gc. */
  nodeFlags?: string[];
  /** Report start-up phases (content, recognizers, index...). */
  phases?: boolean;
  /** Settings for the bot's configuration (MEETING_FEEDS...), on top of the bench's own. */
  env?: Record<string, string>;
}

export class BotChild {
  port = 0;
  startupMs = 0;
  phases?: Record<string, number>;
  private readonly process: ChildProcess;
  private readonly listening: Promise<void>;
  private readonly exited: Promise<void>;

  constructor(
    readonly kind: BotKind,
    options: BotChildOptions = {},
  ) {
    // --no-deprecation: restify 11 warns about process.binding on every start; same for both bots.
    this.process = fork(path.join(__dirname, 'botProcess.js'), [kind, ...(options.phases ? ['--phases'] : [])], {
      // The V8 flags `npm start` runs the bot with (see package.json and the README); the same for both bots.
      execArgv: ['--no-deprecation', '--no-regexp-tier-up', '--max-semi-space-size=32', ...(options.nodeFlags ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: options.env ? { ...process.env, BENCH_BOT_ENV: JSON.stringify(options.env) } : process.env,
    });
    this.exited = new Promise((resolve) => this.process.once('exit', () => resolve()));
    this.listening = new Promise((resolve, reject) => {
      this.process.once('exit', (code) => reject(new Error(`${kind} bot exited with code ${code} before listening`)));
      this.next('listening').then((message) => {
        if (message.type !== 'listening') return;
        this.port = message.port;
        this.startupMs = message.startupMs;
        this.phases = message.phases;
        resolve();
      }, reject);
    });
  }

  /** Resolves once the bot listens; `url` is then usable. */
  async ready(): Promise<this> {
    await this.listening;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stats(gc = false): Promise<BotStats> {
    return (await this.request({ type: 'stats', gc }, 'stats')) as BotStats;
  }

  /** Waits for the work a bot does in idle time after listening, so it does not fall into a measurement. */
  async settle(): Promise<void> {
    await this.request({ type: 'settle' }, 'settled');
  }

  async meetings(): Promise<MeetingStats> {
    return (await this.request({ type: 'meetings' }, 'meetings')) as MeetingStats;
  }

  /** Reads every meeting feed again; resolves with how long the read took in the bot. */
  async refreshMeetings(): Promise<number> {
    const answer = await this.request({ type: 'refresh' }, 'refreshed');
    return answer.type === 'refreshed' ? answer.ms : 0;
  }

  /** Starts the CPU profiler in the bot (node:inspector), for a part of a run. */
  async startProfile(): Promise<void> {
    await this.request({ type: 'profile-start' }, 'profiling');
  }

  /** Stops it and writes the profile to `file` (.cpuprofile, opens in Chrome DevTools). */
  async stopProfile(file: string): Promise<void> {
    await this.request({ type: 'profile-stop', file }, 'profiled');
  }

  async storage(): Promise<StorageStats> {
    return (await this.request({ type: 'storage' }, 'storage')) as StorageStats;
  }

  /** Asks the bot to exit cleanly (so --cpu-prof writes its profile) and waits for it. */
  async stop(): Promise<void> {
    if (this.process.exitCode === null && this.process.connected) this.process.send({ type: 'stop' } satisfies ToBot);
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  private request(message: ToBot, answer: FromBot['type']): Promise<FromBot> {
    const reply = this.next(answer);
    this.process.send(message);
    return reply;
  }

  private next(type: FromBot['type']): Promise<FromBot> {
    return new Promise((resolve) => {
      const listener = (message: FromBot) => {
        if (message.type !== type) return;
        this.process.off('message', listener);
        resolve(message);
      };
      this.process.on('message', listener);
    });
  }
}
