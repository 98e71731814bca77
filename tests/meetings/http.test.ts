// Over HTTP, through the real server and a fake Bot Connector: the shipped sample feeds answer
// "find an AA meeting tonight near 94110" on webchat and sms; feeds configured in MEETING_FEEDS
// are read from a local server, and one that fails gets an honest reply.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { readWhole } from '../helpers/smsPages';
import { visibleText } from '../helpers/replies';
import { CONTACT_NAMES, MEETING_GUIDE_FEED, NOW } from './fixtures';
import { FeedServer } from './feedServer';

/** Phrases only the shipped sample feed contains (content/data/meetings/sample-aa.json). */
const SAMPLE_TONIGHT = ['Hybrid Hope Mission', 'Valencia Street Evening Group', 'Grupo Esperanza'];

describe('meetings over HTTP', () => {
  describe('with the shipped sample feeds (MEETING_FEEDS empty)', () => {
    let bot: HttpBot;
    before(async () => {
      bot = await new HttpBot({ app: { now: () => NOW } }).start();
    });
    after(() => bot.stop());

    it('webchat: "find an AA meeting tonight near 94110" answers with tonight\'s sample meetings in a card, marked as samples', async () => {
      const convo = new HttpConversation(bot, 'webchat', 'meet-web-1', 'user-web-1');
      const { status, replies } = await convo.send('find an AA meeting tonight near 94110');
      expect(status).to.equal(200);
      const seen = visibleText(replies);
      for (const name of SAMPLE_TONIGHT) expect(seen).to.include(name);
      expect(seen).to.match(/Today 6:00 PM/);
      expect(seen).to.match(/invented sample meetings/);
      expect(replies.some((r) => (r.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'))).to.equal(
        true,
      );
      expect(replies.flatMap((r) => r.suggestedActions?.actions ?? []).map((a) => a.title)).to.include.members([
        'More meetings',
        'Another day',
        'Online instead',
      ]);
      for (const name of CONTACT_NAMES) expect(JSON.stringify(replies)).to.not.include(name);
    });

    it('sms: the same search in plain text, one meeting per line, at most 320 characters a message', async () => {
      const convo = new HttpConversation(bot, 'sms', '+15550009009', '+15550009009');
      const statuses: number[] = [];
      const sender = {
        send: async (input: string | Partial<Activity>) => {
          const sent = await convo.send(input);
          statuses.push(sent.status);
          return sent.replies;
        },
      };
      // The first message, then the pages MORE brings.
      const replies = await readWhole(sender, 'find an AA meeting tonight near 94110');
      expect(statuses.every((s) => s === 200)).to.equal(true);
      expect(replies[0].text).to.match(/Reply MORE/);
      // The first message already names a meeting, with the word that the samples are invented.
      expect(replies[0].text).to.match(/invented sample meetings/);
      expect(replies[0].text).to.match(/^Today 6:00 PM - .+ - [\d.]+ mi - /m);
      for (const r of replies) {
        expect(r.text!.length).to.be.at.most(320);
        expect(r.attachments ?? []).to.have.length(0);
        expect(r.text).to.not.match(/\*\*|\]\(|[\u00B7\u202F]/);
      }
      // Each meeting once in full on the pages MORE brings (the first is also in short on the first message).
      const lines = replies.slice(1).flatMap((r) => r.text!.split('\n'));
      for (const name of SAMPLE_TONIGHT) expect(lines.filter((l) => l.includes(name))).to.have.length(1);
      expect(lines.find((l) => l.includes('Valencia Street Evening Group'))).to.match(
        /^Today 7:00 PM - Valencia Street Evening Group - 0\.\d mi - 1180 Valencia St, San Francisco, CA 94110 - Open/,
      );
      for (const name of CONTACT_NAMES) expect(JSON.stringify(replies)).to.not.include(name);
      // "more" right after the results gives the next meeting.
      const more = await convo.send('more');
      expect(visibleText(more.replies)).to.include('Castro Rainbow Group');
    });
  });

  describe('with MEETING_FEEDS on a local feed server', () => {
    let feeds: FeedServer;
    let bot: HttpBot;
    before(async () => {
      feeds = await new FeedServer().start();
      feeds.routes.set('/aa.json', { body: MEETING_GUIDE_FEED });
      feeds.routes.set('/na', { status: 500, body: 'server error' });
      bot = await new HttpBot({
        app: { now: () => NOW },
        env: {
          MEETING_FEEDS: `AA=${feeds.url('/aa.json')} na=${feeds.url('/na')}?switcher=GetSearchResults`,
          MEETING_FEED_TIMEOUT_SECONDS: '2',
          MEETING_FEEDS_ALLOW_PRIVATE: 'true',
        },
      }).start();
      // The first read starts with the server (fetched and indexed in a worker): wait until both feeds were read or failed.
      await bot.meetingFeedsSettled();
    });
    after(async () => {
      await bot.stop();
      await feeds.stop();
    });

    it('answers from the configured feed, with no sample note', async () => {
      const convo = new HttpConversation(bot, 'webchat', 'meet-web-2', 'user-web-2');
      const seen = visibleText((await convo.send('find an AA meeting tonight near 10001')).replies);
      expect(seen).to.include('Midnight Oil');
      expect(seen).to.not.match(/sample/i);
    });

    it('a feed that fails: the honest reply with the finder link, on sms too', async () => {
      const convo = new HttpConversation(bot, 'sms', '+15550009010', '+15550009010');
      const replies = await readWhole({ send: async (input) => (await convo.send(input)).replies }, 'NA meetings near Denver tomorrow');
      const text = replies.map((r) => r.text).join('\n');
      expect(text).to.match(/couldn't read the meeting list for Narcotics Anonymous/);
      expect(text).to.include('https://www.na.org');
      expect(text).to.not.match(/show no|found no/i);
      for (const r of replies) expect(r.text!.length).to.be.at.most(320);
    });
  });
});
