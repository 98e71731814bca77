// Telemetry through the real HTTP path: each metric counts what happened, the /metrics page is
// guarded by its token, and nothing a person wrote, no id and no phone number reaches an exporter.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';
import type { Activity, Storage } from 'botbuilder';
import { MetricReader, DataPointType, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { StateStoreUnavailableError } from '../../src/host/state/storageErrors';
import { NOW } from '../meetings/fixtures';

/** A reader the test asks directly, like the /metrics route does. */
class TestReader extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

interface Point {
  name: string;
  attributes: Record<string, unknown>;
  value: number;
}

async function points(reader: TestReader): Promise<Point[]> {
  const { resourceMetrics } = await reader.collect();
  return flatten(resourceMetrics);
}

function flatten(resourceMetrics: ResourceMetrics): Point[] {
  return resourceMetrics.scopeMetrics.flatMap((scope) =>
    scope.metrics.flatMap((metric) =>
      metric.dataPoints.map((p) => ({
        name: metric.descriptor.name,
        attributes: p.attributes,
        value: metric.dataPointType === DataPointType.HISTOGRAM ? (p.value as { count: number }).count : (p.value as number),
      })),
    ),
  );
}

function total(all: Point[], name: string, where: Record<string, unknown> = {}): number {
  return all
    .filter((p) => p.name === name && Object.entries(where).every(([k, v]) => p.attributes[k] === v))
    .reduce((sum, p) => sum + p.value, 0);
}

/** Taps the first offered choice (Web Chat sends the label as text) until the finder shows results. */
async function finishFinder(convo: HttpConversation, first: Partial<Activity>[]): Promise<number> {
  let replies = first;
  for (let turn = 0; turn < 10; turn++) {
    const actions = replies.flatMap((r) => r.suggestedActions?.actions ?? []);
    if (!actions.length || replies.some((r) => /Compare these/i.test(JSON.stringify(r)))) return turn;
    replies = (await convo.send(String(actions[0].value))).replies;
  }
  return 10;
}

describe('telemetry', () => {
  describe('with in-memory destinations', () => {
    let bot: HttpBot;
    let reader: TestReader;
    let spans: InMemorySpanExporter;

    before(async () => {
      reader = new TestReader();
      spans = new InMemorySpanExporter();
      bot = await new HttpBot({ app: { now: () => NOW, telemetry: { metricReaders: [reader], spanExporters: [spans] } } }).start();
    });
    after(() => bot.stop());

    it('counts turns by channel and language, and times them', async () => {
      const before = await points(reader);
      await new HttpConversation(bot, 'webchat', 'tel-turns-1', 'u1').send('what is SMART Recovery');
      await new HttpConversation(bot, 'msteams', 'tel-turns-2', 'u2', 'es-US').send('¿qué es AA?');
      const after = await points(reader);
      expect(
        total(after, 'navigator.turns', { channel: 'webchat', language: 'en' }) -
          total(before, 'navigator.turns', { channel: 'webchat', language: 'en' }),
      ).to.equal(1);
      expect(
        total(after, 'navigator.turns', { channel: 'msteams', language: 'es' }) -
          total(before, 'navigator.turns', { channel: 'msteams', language: 'es' }),
      ).to.equal(1);
      expect(total(after, 'navigator.turn.duration', { channel: 'webchat' })).to.be.greaterThan(
        total(before, 'navigator.turn.duration', { channel: 'webchat' }),
      );
    });

    it('follows the finder: started, answered per question, completed, and the groups recommended', async () => {
      const convo = new HttpConversation(bot, 'webchat', 'tel-finder-1', 'u3');
      const before = await points(reader);
      const { replies } = await convo.send('help me find a group');
      const turns = await finishFinder(convo, replies);
      const after = await points(reader);
      const delta = (name: string, where?: Record<string, unknown>) => total(after, name, where) - total(before, name, where);
      expect(delta('navigator.finder.steps', { step: 'started' })).to.equal(1);
      expect(delta('navigator.finder.steps', { step: 'answered' })).to.equal(turns);
      expect(delta('navigator.finder.steps', { step: 'answered', question: 'who' })).to.equal(1);
      expect(delta('navigator.finder.steps', { step: 'completed' })).to.equal(1);
      expect(delta('navigator.recommendations')).to.be.at.least(3);
      const groups = after.filter((p) => p.name === 'navigator.recommendations').map((p) => p.attributes.group);
      expect(groups).to.not.include('other');
    });

    it('counts a finder left mid-question as abandoned', async () => {
      const convo = new HttpConversation(bot, 'webchat', 'tel-finder-2', 'u4');
      await convo.send('help me find a group');
      const before = await points(reader);
      await convo.send('menu');
      const after = await points(reader);
      expect(
        total(after, 'navigator.finder.steps', { step: 'abandoned' }) - total(before, 'navigator.finder.steps', { step: 'abandoned' }),
      ).to.equal(1);
    });

    it('counts crisis replies by kind and channel', async () => {
      const before = await points(reader);
      await new HttpConversation(bot, 'sms', '+15550001111', '+15550001111').send('my friend overdosed and is not breathing');
      const after = await points(reader);
      expect(
        total(after, 'navigator.crisis_replies', { kind: 'overdose', channel: 'sms' }) -
          total(before, 'navigator.crisis_replies', { kind: 'overdose', channel: 'sms' }),
      ).to.equal(1);
    });

    it('counts meeting searches by outcome', async () => {
      const before = await points(reader);
      await new HttpConversation(bot, 'webchat', 'tel-meet-1', 'u5').send('find an AA meeting tonight near 94110');
      const after = await points(reader);
      expect(
        total(after, 'navigator.meeting_searches', { outcome: 'found' }) -
          total(before, 'navigator.meeting_searches', { outcome: 'found' }),
      ).to.equal(1);
    });

    it('counts "not understood" replies and keeps only the likeliest intents as content gaps', async () => {
      const before = await points(reader);
      await new HttpConversation(bot, 'webchat', 'tel-gap-1', 'u6').send('tangerine bicycles hum quarterly');
      const after = await points(reader);
      expect(total(after, 'navigator.not_understood') - total(before, 'navigator.not_understood')).to.equal(1);
      const gaps = after.filter((p) => p.name === 'navigator.content_gaps');
      for (const gap of gaps) expect(Object.keys(gap.attributes).sort()).to.deep.equal(['intent', 'outcome', 'rank', 'score']);
    });

    it('gives a forged channel id no label of its own', async () => {
      await new HttpConversation(bot, 'x'.repeat(50), 'tel-forged-1', 'u7').send('hello');
      const channels = new Set((await points(reader)).filter((p) => p.name === 'navigator.turns').map((p) => p.attributes.channel));
      expect([...channels].every((c) => ['webchat', 'msteams', 'sms', 'other'].includes(String(c)))).to.equal(true);
      expect(channels).to.include('other');
    });

    it('traces each turn with its stages as child spans', async () => {
      await new HttpConversation(bot, 'webchat', 'tel-span-1', 'u8').send('is AA religious');
      await bot.telemetry.flush();
      const names = spans.getFinishedSpans().map((s) => s.name);
      for (const stage of ['turn', 'state.load', 'decide', 'state.save', 'send']) expect(names).to.include(stage);
      const turn = spans.getFinishedSpans().find((s) => s.name === 'turn')!;
      const child = spans
        .getFinishedSpans()
        .find((s) => s.name === 'decide' && s.parentSpanContext?.traceId === turn.spanContext().traceId);
      expect(child, 'decide is a child of a turn span').to.not.equal(undefined);
    });
  });

  describe('no personal data reaches an exporter', () => {
    it('message text, user ids, conversation ids and phone numbers appear in no metric or span', async () => {
      const reader = new TestReader();
      const spans = new InMemorySpanExporter();
      const bot = await new HttpBot({ app: { now: () => NOW, telemetry: { metricReaders: [reader], spanExporters: [spans] } } }).start();
      const secrets = ['zebracanary', '+15557654321', 'conv-secret-42', 'user-secret-77', 'marmalade'];
      try {
        const sms = new HttpConversation(bot, 'sms', '+15557654321', '+15557654321');
        await sms.send('zebracanary what is AA');
        await sms.send('i want to die zebracanary');
        const web = new HttpConversation(bot, 'webchat', 'conv-secret-42', 'user-secret-77');
        await web.join();
        await web.send('help me find a group for marmalade');
        await web.send('find an NA meeting near 94110 marmalade');
        await web.send('marmalade zebracanary');
        const everything = JSON.stringify(flatten((await reader.collect()).resourceMetrics));
        await bot.telemetry.flush();
        const traced = JSON.stringify(
          spans
            .getFinishedSpans()
            .map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status, resource: s.resource.attributes })),
        );
        expect(everything).to.include('navigator.turns');
        expect(traced).to.include('turn');
        for (const secret of secrets) {
          expect(everything, `metrics contain ${secret}`).to.not.include(secret);
          expect(traced, `spans contain ${secret}`).to.not.include(secret);
        }
        // Nor a phone number in any other form.
        expect(everything + traced).to.not.match(/5557654321/);
      } finally {
        await bot.stop();
      }
    });
  });

  describe('errors', () => {
    it('counts a state store failure as a state error', async () => {
      const reader = new TestReader();
      const failing: Storage = {
        read: async () => {
          throw new StateStoreUnavailableError('unreachable');
        },
        write: async () => undefined,
        delete: async () => undefined,
      };
      const bot = await new HttpBot({ storage: failing, app: { telemetry: { metricReaders: [reader] } } }).start();
      try {
        const { status } = await new HttpConversation(bot, 'webchat', 'tel-err-1', 'u9').send('hello');
        expect(status).to.equal(200);
        expect(total(await points(reader), 'navigator.errors', { kind: 'state' })).to.equal(1);
      } finally {
        await bot.stop();
      }
    });
  });

  describe('GET /metrics', () => {
    const token = 'metrics-token-for-tests-0123456789';

    it('is not served when METRICS_TOKEN is unset', async () => {
      const bot = await new HttpBot().start();
      try {
        expect((await fetch(`${bot.baseUrl}/metrics`)).status).to.equal(404);
      } finally {
        await bot.stop();
      }
    });

    it('answers only the right bearer token, in Prometheus text format', async () => {
      const bot = await new HttpBot({ env: { METRICS_TOKEN: token } }).start();
      try {
        await new HttpConversation(bot, 'webchat', 'tel-prom-1', 'u10').send('what is LifeRing');
        expect((await fetch(`${bot.baseUrl}/metrics`)).status).to.equal(401);
        expect((await fetch(`${bot.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).to.equal(
          401,
        );
        const res = await fetch(`${bot.baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status).to.equal(200);
        expect(res.headers.get('content-type')).to.match(/^text\/plain/);
        const body = await res.text();
        expect(body).to.match(/^navigator_turns(_total)?\{[^}]*channel="webchat"[^}]*\} 1$/m);
      } finally {
        await bot.stop();
      }
    });
  });

  it('with nothing configured, loads no OpenTelemetry SDK at all', () => {
    const dist = path.resolve(__dirname, '..', '..');
    const script = `
      const { createApp } = require(${JSON.stringify(path.join(dist, 'src', 'host', 'app'))});
      const { parseConfig } = require(${JSON.stringify(path.join(dist, 'src', 'host', 'config'))});
      const app = createApp(parseConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
      const loaded = Object.keys(require.cache).filter((f) => f.includes('@opentelemetry/sdk-') || f.includes('@azure/monitor'));
      console.log(JSON.stringify({ loaded: loaded.length }));
      app.server.close(); process.exit(0);`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status, run.stderr).to.equal(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).to.deep.equal({ loaded: 0 });
  });
});
