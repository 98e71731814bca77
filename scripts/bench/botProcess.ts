// One bot in its own process, so its CPU and memory are its own and the load generator does not
// share its event loop. `node botProcess.js navigator|echo [--phases]`; talks to the benchmark
// over IPC. Each bot's modules are loaded only in its own process, so cold starts are fair.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import type restify from 'restify';
import type { MeetingDirectory } from '../../src/meetings';
import type { BotKind, FromBot, MeetingStats, StorageStats, ToBot } from './protocol';

interface Started {
  server: restify.Server;
  /** What index.ts does once listening (the navigator's idle warm-up). */
  listening?: () => void;
  /** Resolves when that work is done (asked each time: work added later counts). */
  settled?: () => Promise<void>;
  meetings?: MeetingDirectory;
}

const kind = process.argv[2] as BotKind;
const withPhases = process.argv.includes('--phases');
const memory: Record<string, string> = {};
let turnErrors = 0;
const phases: Record<string, number> = {};
let last = performance.now();
const mark = (name: string) => {
  const now = performance.now();
  phases[name] = now - last;
  last = now;
};

function send(message: FromBot): void {
  process.send?.(message);
}

/** The project's bot exactly as index.ts builds it, with quiet logs that still count errors. */
async function startNavigator(telemetry = false): Promise<Started> {
  if (withPhases) {
    phases['node boot'] = last;
    await import('botbuilder');
    mark('require botbuilder');
    await import('restify');
    mark('require restify');
  }
  const { MemoryStorage } = await import('botbuilder');
  const { createApp, createDialogKit } = await import('../../src/host/app');
  const { parseConfig } = await import('../../src/host/config');
  const { Logger } = await import('../../src/host/log');
  if (withPhases) mark('require project modules');
  // BENCH_BOT_ENV: more settings for this run (the meeting-scale bench's MEETING_FEEDS).
  const config = parseConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...(JSON.parse(process.env.BENCH_BOT_ENV ?? '{}') as Record<string, string>),
  });
  // LOG_LEVEL silent prints nothing; this sink only counts the error lines (turn_failed and the like).
  const logger = new Logger('error', () => (turnErrors += 1));
  const kit = withPhases ? await kitInPhases() : undefined;
  const app = createApp(config, {
    logger,
    storage: new MemoryStorage(memory),
    kit,
    telemetry: telemetry ? await inMemoryTelemetry() : undefined,
  });
  if (withPhases) mark('adapter and server');
  return { server: app.server, listening: () => app.warmUp.start(), settled: () => app.warmUp.done, meetings: app.kit.meetings?.directory };

  async function kitInPhases() {
    const { loadBotContentFast } = await import('../../content/snapshot');
    const content = loadBotContentFast();
    mark('content: build snapshot (YAML + zod when files changed)');
    const kit = createDialogKit(content);
    mark('kit: phrases, MiniSearch index, crisis, meetings');
    return kit;
  }
}

/**
 * Every metric and span handed to in-memory exporters, as a real exporter would receive them
 * (metrics every second). They keep only the latest batch: an exporter that kept every span of
 * 10,000 conversations would measure the benchmark's own memory, not telemetry.
 */
async function inMemoryTelemetry() {
  const { AggregationTemporality, InMemoryMetricExporter, PeriodicExportingMetricReader } = await import('@opentelemetry/sdk-metrics');
  const { InMemorySpanExporter } = await import('@opentelemetry/sdk-trace-base');
  class LatestMetrics extends InMemoryMetricExporter {
    override export(...args: Parameters<InstanceType<typeof InMemoryMetricExporter>['export']>): void {
      this.reset();
      super.export(...args);
    }
  }
  class LatestSpans extends InMemorySpanExporter {
    override export(...args: Parameters<InstanceType<typeof InMemorySpanExporter>['export']>): void {
      this.reset();
      super.export(...args);
    }
  }
  const metrics = new PeriodicExportingMetricReader({
    exporter: new LatestMetrics(AggregationTemporality.CUMULATIVE),
    exportIntervalMillis: 1000,
  });
  return { metricReaders: [metrics], spanExporters: [new LatestSpans()] };
}

async function startEcho(): Promise<Started> {
  const { createEchoApp } = await import('./echoBot');
  const app = createEchoApp(memory);
  app.onError(() => (turnErrors += 1));
  return { server: app.server };
}

function storageStats(): StorageStats {
  const keys = Object.keys(memory);
  return {
    type: 'storage',
    records: keys.length,
    recordBytes: keys.map((k) => Buffer.byteLength(memory[k])),
    keyBytes: keys.reduce((sum, k) => sum + Buffer.byteLength(k), 0),
  };
}

function meetingStats(directory: MeetingDirectory | undefined): MeetingStats {
  const feeds = directory?.feeds() ?? [];
  return {
    type: 'meetings',
    feeds: feeds.length,
    loaded: feeds.filter((s) => s.loadedAt > 0).length,
    failing: feeds.filter((s) => s.state === 'failing').length,
    meetings: feeds.reduce((n, s) => n + s.meetingCount, 0),
  };
}

/** A CPU profile of part of a run (the meeting-search turns alone), not of the whole process as --cpu-prof does. */
const profiler = {
  session: undefined as inspector.Session | undefined,
  post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) => this.session!.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  },
  async start(): Promise<void> {
    this.session ??= new inspector.Session();
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 100 });
    await this.post('Profiler.start');
  },
  async stop(file: string): Promise<void> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: unknown };
    this.session!.disconnect();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
  },
};

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) for (let i = 0; i < 3; i++) gc();
}

async function main(): Promise<void> {
  const { server, listening, settled, meetings } =
    kind === 'echo' ? await startEcho() : await startNavigator(kind === 'navigator-telemetry');
  server.listen(0, '127.0.0.1', () => {
    if (withPhases) mark('listen');
    listening?.();
    send({ type: 'listening', port: server.address().port, startupMs: performance.now(), phases: withPhases ? phases : undefined });
  });

  process.on('message', (message: ToBot) => {
    if (message.type === 'stats') {
      if (message.gc) collectGarbage();
      const cpu = process.cpuUsage();
      const mem = process.memoryUsage();
      send({
        type: 'stats',
        rssBytes: mem.rss,
        heapUsedBytes: mem.heapUsed,
        heapTotalBytes: mem.heapTotal,
        externalBytes: mem.external,
        cpuMs: (cpu.user + cpu.system) / 1000,
        turnErrors,
      });
    } else if (message.type === 'settle') {
      void (settled?.() ?? Promise.resolve()).then(() => send({ type: 'settled' }));
    } else if (message.type === 'storage') {
      send(storageStats());
    } else if (message.type === 'meetings') {
      send(meetingStats(meetings));
    } else if (message.type === 'refresh') {
      const started = performance.now();
      void (meetings?.refresh() ?? Promise.resolve()).then(() => send({ type: 'refreshed', ms: performance.now() - started }));
    } else if (message.type === 'profile-start') {
      void profiler.start().then(() => send({ type: 'profiling' }));
    } else if (message.type === 'profile-stop') {
      const file = message.file;
      void profiler.stop(file).then(() => send({ type: 'profiled', file }));
    } else if (message.type === 'stop') {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 2000).unref();
    }
  });
  process.on('disconnect', () => process.exit(0));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
