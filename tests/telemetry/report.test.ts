// `npm run report` against a running bot: the summary shows the figures the bot counted.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { parsePrometheus, summarize } from '../../src/telemetry/report';

const run = promisify(execFile);
const TOKEN = 'report-token-for-tests-0123456789';
const REPORT = path.resolve(__dirname, '..', '..', 'scripts', 'report.js');

describe('npm run report', () => {
  let bot: HttpBot;
  before(async () => {
    bot = await new HttpBot({ env: { METRICS_TOKEN: TOKEN } }).start();
    const web = new HttpConversation(bot, 'webchat', 'report-1', 'u1');
    await web.send('help me find a group');
    await web.send('menu');
    await new HttpConversation(bot, 'sms', '+15550002222', '+15550002222').send('I took too many pills');
    // Words nobody would use in a crisis: the learned check reads colours like "purple" as one.
    await new HttpConversation(bot, 'webchat', 'report-2', 'u2').send('tangerine bicycles hum quarterly');
  });
  after(() => bot.stop());

  it('prints turns, the finder funnel, crisis replies and content gaps from /metrics', async () => {
    const { stdout } = await run(process.execPath, [REPORT, bot.baseUrl], { env: { ...process.env, METRICS_TOKEN: TOKEN } });
    expect(stdout).to.match(/^Turns: 4 /m);
    expect(stdout).to.match(/channel webchat\s+3/);
    expect(stdout).to.match(/channel sms\s+1/);
    expect(stdout).to.match(/Finder: 1 started, 0 completed \(0\.0%\), 1 abandoned \(100\.0%\)/);
    expect(stdout).to.match(/Crisis replies: 1/);
    expect(stdout).to.match(/kind overdose\s+1/);
    expect(stdout).to.match(/1 not understood/);
    expect(stdout).to.not.include('+15550002222');
  });

  it('says plainly when the token is wrong', async () => {
    const failed = await run(process.execPath, [REPORT, bot.baseUrl], {
      env: { ...process.env, METRICS_TOKEN: 'wrong-token-wrong-token' },
    }).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failed?.code).to.equal(1);
    expect(failed?.stderr).to.match(/refused the token/);
  });

  it('reads latency quantiles from the histogram buckets', () => {
    const text = [
      'navigator_turn_duration_bucket{channel="webchat",le="5"} 50',
      'navigator_turn_duration_bucket{channel="webchat",le="10"} 95',
      'navigator_turn_duration_bucket{channel="webchat",le="+Inf"} 100',
      'navigator_turns_total{channel="webchat",language="en"} 100',
    ].join('\n');
    expect(summarize(parsePrometheus(text))).to.match(/p50 <= 5 ms, p95 <= 10 ms/);
  });
});
