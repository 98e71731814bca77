// Start-up work that no first turn needs (recognizer models, date-time models, place indexes)
// runs after the server listens instead of before: one task at a time, a short grace period after
// listening, and only while no request is being served. The bot answers sooner after a (re)start,
// and a person's turn waits behind at most one task. Whatever a turn needs and is not warm yet
// still loads on first use, so nothing depends on this having finished.
import { describeError, type Logger } from '../log';

export interface WarmUpTask {
  name: string;
  run: () => void;
}

/** What watch() needs of an http.Server: its requests, and when each response is done. */
export interface RequestSource {
  on(event: 'request', listener: (request: unknown, response: { once(event: 'close', listener: () => void): unknown }) => void): unknown;
}

export interface IdleWarmUpOptions {
  /** Wait this long after start() before the first task: the first requests after a start come through untouched. */
  graceMs?: number;
  /** How often to look again while requests are being served. */
  retryMs?: number;
  logger?: Logger;
}

export class IdleWarmUp {
  private readonly pending: WarmUpTask[];
  private inFlight = 0;
  private started = false;
  private stopped = false;
  private running = false;
  private timer?: NodeJS.Timeout;
  private finished?: () => void;
  private whenDone: Promise<void>;

  constructor(
    tasks: readonly WarmUpTask[],
    private readonly options: IdleWarmUpOptions = {},
  ) {
    this.pending = [...tasks];
    this.whenDone = new Promise((resolve) => (this.finished = resolve));
  }

  /** Resolves when every task has run (or been given up on), those added later included. */
  get done(): Promise<void> {
    return this.whenDone;
  }

  /** More tasks, run after the others (work that waits for something, such as the meeting feeds' first read). */
  add(tasks: readonly WarmUpTask[]): void {
    if (this.stopped || tasks.length === 0) return;
    this.pending.push(...tasks);
    if (this.started && !this.running) {
      this.whenDone = new Promise((resolve) => (this.finished = resolve));
      this.running = true;
      this.schedule(0);
    }
  }

  /** Counts the requests a server is serving, so tasks only run when it is idle. */
  watch(server: RequestSource): this {
    server.on('request', (_req, res) => {
      this.inFlight += 1;
      res.once('close', () => (this.inFlight -= 1));
    });
    return this;
  }

  /** Begins after the grace period; call once the server listens. */
  start(): this {
    if (this.started) return this;
    this.started = true;
    this.running = true;
    this.schedule(this.options.graceMs ?? 1000);
    return this;
  }

  /** Stops scheduling further tasks (on shutdown). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.pending.length = 0;
    this.running = false;
    this.finished?.();
  }

  /** Runs the next task if idle, then schedules the rest. */
  private step(): void {
    if (this.pending.length === 0) {
      this.running = false;
      this.finished?.();
      return;
    }
    if (this.inFlight > 0) {
      this.schedule(this.options.retryMs ?? 50);
      return;
    }
    const task = this.pending.shift()!;
    const started = performance.now();
    try {
      task.run();
      this.options.logger?.debug('warm_up', { detail: task.name, durationMs: Math.round(performance.now() - started) });
    } catch (err) {
      // A failed warm-up is not fatal: the same code runs again on first use and fails there, visibly.
      this.options.logger?.warn('warm_up_failed', { detail: task.name, ...describeError(err) });
    }
    this.schedule(0);
  }

  private schedule(ms: number): void {
    // unref: pending warm-ups never keep a stopping process (or a test run) alive.
    this.timer = setTimeout(() => this.step(), ms);
    this.timer.unref();
  }
}
