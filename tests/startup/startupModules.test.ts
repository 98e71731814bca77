// What start-up does not load (a fresh process builds the app as index.ts does, with the default
// settings): the OpenTelemetry API without telemetry configured, and the meeting feed readers
// before a feed is read. Each is start-up time a person's first reply would wait for.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';

describe('start-up: modules loaded only when needed', () => {
  it('without telemetry or a feed read yet, neither @opentelemetry/api nor the feed readers are loaded', function () {
    this.timeout(60_000);
    const app = require.resolve('../../src/host/app');
    const config = require.resolve('../../src/host/config');
    const script = [
      `const { createApp } = require(${JSON.stringify(app)});`,
      `const { parseConfig } = require(${JSON.stringify(config)});`,
      `createApp(parseConfig({ PORT: '0', LOG_LEVEL: 'silent' }));`,
      `const loaded = Object.keys(require.cache);`,
      `process.stdout.write(JSON.stringify({`,
      `  app: loaded.some((f) => f.endsWith('host/app.js')),`,
      `  otel: loaded.some((f) => f.includes('@opentelemetry/api')),`,
      `  readers: loaded.filter((f) => /meetings[\\\\/](readFeed|readBmlt|readMeetingGuide|feedWorker)\\.js$/.test(f)).length,`,
      `}));`,
      `process.exit(0);`,
    ].join('\n');
    const seen = JSON.parse(execFileSync(process.execPath, ['--no-deprecation', '-e', script], { encoding: 'utf8' })) as {
      app: boolean;
      otel: boolean;
      readers: number;
    };
    expect(seen.app, 'the app was built').to.equal(true);
    expect(seen.otel, '@opentelemetry/api loaded').to.equal(false);
    expect(seen.readers, 'feed reader modules loaded').to.equal(0);
  });
});
