// The meeting search in conversation, per channel, over fixture feeds served by a local HTTP
// server: results in the meeting's own time, honest replies when a feed cannot be read or a
// group has no list, the follow-up choices, and never a contact's name.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import type { DialogKit } from '../../dialogs/turn';
import { CHANNELS, TestChat, testKit, type Channel } from '../helpers/botHarness';
import { offeredChoices, visibleText } from '../helpers/replies';
import { readWhole } from '../helpers/smsPages';
import { CONTACT_NAMES, NOW, feed, meetingKit, BMLT_FEED, MEETING_GUIDE_FEED } from './fixtures';
import { FeedServer } from './feedServer';

describe('meetings: the conversation', () => {
  let server: FeedServer;
  let kit: DialogKit;

  before(async () => {
    server = await new FeedServer().start();
    server.routes.set('/aa.json', { body: MEETING_GUIDE_FEED });
    server.routes.set('/na', { body: BMLT_FEED });
    server.routes.set('/ca.json', { status: 502, body: 'bad gateway' });
    kit = {
      ...testKit(),
      meetings: await meetingKit([
        feed('aa', 'alcoholics-anonymous', 'meeting-guide', server.url('/aa.json')),
        feed('na', 'narcotics-anonymous', 'bmlt', server.url('/na'), 'America/Denver'),
        feed('ca', 'cocaine-anonymous', 'meeting-guide', server.url('/ca.json')),
      ]),
    };
  });
  after(() => server.stop());

  const chat = (channel: Channel | string, extra: Partial<Activity> = {}) => {
    const c = new TestChat(channel, { kit, now: () => NOW });
    return {
      send: async (text: string) => c.send({ type: 'message', text, ...extra }),
      tap: async (text: string, action: string) => c.send({ type: 'message', text, value: { action }, ...extra }),
      pick: async (replies: Partial<Activity>[], label: RegExp) => {
        const choice = offeredChoices(replies).find((o) => label.test(o.label));
        expect(choice, `a choice matching ${label}`).to.not.equal(undefined);
        return c.send({ ...choice!.pick, ...extra });
      },
    };
  };

  function expectNoContactNames(replies: Partial<Activity>[]): void {
    const all = JSON.stringify(replies);
    for (const name of CONTACT_NAMES) expect(all).to.not.include(name);
    expect(all).to.not.match(/555-01|example\.invalid/);
  }

  for (const channel of CHANNELS) {
    it(`${channel}: a list for a group named ends with that group's own meeting finder (a list is never all of its meetings)`, async () => {
      const replies = await readWhole(chat(channel), 'find an AA meeting tonight near 10001');
      const seen = visibleText(replies);
      expect(seen).to.match(/Midnight Oil/);
      expect(seen).to.include('AA: Find a meeting');
      // Teams shows it as a button that opens the address; the others show the address.
      expect(JSON.stringify(replies)).to.include('https://www.aa.org/meeting-guide-app');
    });

    it(`${channel}: "find an AA meeting tonight near 10001" lists tonight's meetings in their own time, with distance`, async () => {
      const replies = await readWhole(chat(channel), 'find an AA meeting tonight near 10001');
      const seen = visibleText(replies);
      expect(seen).to.match(/Midnight Oil/);
      expect(seen).to.match(/Today 11:30 PM/);
      expect(seen).to.match(/\d\.\d mi/);
      expect(seen).to.match(/Open/);
      expect(seen).to.not.match(/Big Book|Newcomers|Philadelphia|Day Nine/);
      expectNoContactNames(replies);
      if (channel === 'sms') {
        // The first message, before any MORE, already holds the first meeting.
        expect(replies[0].text).to.match(/Today 11:30 PM - Midnight Oil/);
        for (const r of replies) {
          expect(r.text!.length).to.be.at.most(320);
          expect(r.attachments ?? []).to.have.length(0);
        }
        // The first message has it in short; MORE gives it in full.
        const line = seen
          .split('\n')
          .filter((l) => l.includes('Midnight Oil'))
          .pop()!;
        expect(line).to.match(/^Today 11:30 PM - Midnight Oil - \d\.\d mi - 1 Penn Plaza, New York, NY 10001 - Open, Discussion$/);
      } else {
        expect(replies[0].attachments?.[0].contentType).to.equal('application/vnd.microsoft.card.adaptive');
      }
    });

    it(`${channel}: a feed that cannot be read gets an honest answer and the fellowship's own finder, not "no meetings"`, async () => {
      const replies = await readWhole(chat(channel), 'any CA meetings near 10001 tonight?');
      const seen = visibleText(replies);
      expect(seen).to.match(/couldn't read the meeting list for Cocaine Anonymous/);
      expect(JSON.stringify(replies)).to.include('https://ca.org');
      expect(seen).to.not.match(/no (CA )?meetings|show no|found no/i);
      expect(offeredChoices(replies).map((c) => c.label)).to.include('Try again');
    });
  }

  it('an online meeting at 21:00 in Los Angeles is "tomorrow" at 00:00 for someone in New York, not "tonight"', async () => {
    const newYorker = { localTimezone: 'America/New_York' };
    // Tonight in New York has no online AA meeting: the reply says so before offering the next one.
    const tonight = visibleText(await chat('webchat', newYorker).send('online AA meeting tonight'));
    expect(tonight).to.match(/None fit the time you asked for[\s\S]*West Coast Late Online/);
    const tomorrowReplies = await chat('webchat', newYorker).send('online AA meeting tomorrow');
    const tomorrow = visibleText(tomorrowReplies);
    expect(tomorrow).to.match(/West Coast Late Online/);
    expect(tomorrow).to.not.match(/None fit/);
    expect(tomorrow).to.match(/Today 9:00 PM PDT \(Thu 12:00 AM EDT\)/);
    expect(JSON.stringify(tomorrowReplies)).to.include('https://zoom.us/j/0000000000');
    // Someone in Los Angeles sees it tonight, in their own time.
    const angeleno = visibleText(await chat('webchat', { localTimezone: 'America/Los_Angeles' }).send('online AA meeting tonight'));
    expect(angeleno).to.match(/West Coast Late Online[\s\S]*Today 9:00 PM/);
    expect(angeleno).to.not.match(/None fit/);
    expect(angeleno).to.not.match(/EDT/);
  });

  it('asks where when no place is given, then answers with the city; BMLT "B" shows as newcomers, not Big Book', async () => {
    const c = chat('sms');
    const asked = visibleText(await c.send('where can I find an NA meeting'));
    expect(asked).to.match(/Where should I look\? Send a ZIP code or a city/);
    const replies = await readWhole(c, 'Denver');
    const seen = visibleText(replies);
    expect(seen).to.match(/The next NA meetings near Denver, CO/);
    expect(seen).to.match(
      /Sat 11:30 PM - Saturday Late Women - [\d.]+ mi - 1500 E Colfax Ave, Denver, CO 80218 - Spanish, Closed, Women, LGBTQ/,
    ); // the language first: the feed marks it ES
    expect(seen).to.match(/Sun 7:00 PM - Sunday Beginners .*Newcomer/);
    expect(seen).to.not.match(/Big Book/);
    expectNoContactNames(replies);
  });

  it('an unknown ZIP code is asked again; "online" then answers', async () => {
    const c = chat('webchat');
    expect(visibleText(await c.send('find an AA meeting near 00000'))).to.match(/couldn't find that place/);
    const online = visibleText(await c.send('online'));
    expect(online).to.match(/The next online AA meetings/);
    expect(online).to.match(/West Coast Late Online/);
  });

  it('"More" pages, "Another day" asks which day and searches it, "Online instead" switches to online meetings', async () => {
    const c = chat('webchat');
    const first = await c.send('AA meeting near 10001');
    expect(offeredChoices(first).map((o) => o.label)).to.deep.equal(['More meetings', 'Another day', 'Online instead', 'Main menu']);
    const firstPage = visibleText(first);
    const more = visibleText(await c.pick(first, /^More meetings$/));
    expect(more).to.match(/Garment District Noon|Thursday Women Newcomers|Sunday Big Book Study/);
    for (const line of more.split('\n').filter((l) => /^(Today|Tomorrow|Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d/.test(l)))
      expect(firstPage).to.not.include(line);
    const days = await c.pick(first, /^Another day$/);
    expect(visibleText(days)).to.match(/Which day\?/);
    const sunday = visibleText(await c.pick(days, /^Sunday$/));
    expect(sunday).to.match(/Sunday Big Book Study/);
    expect(sunday).to.not.match(/Garment District Noon|Midnight Oil/);
    const online = visibleText(await c.pick(first, /^Online instead$/));
    expect(online).to.match(/The next online AA meetings/);
    expect(online).to.match(/West Coast Late Online/);
    expect(online).to.not.match(/Midnight Oil/);
  });

  it('type filters: "women\'s meeting" finds only women\'s meetings', async () => {
    const seen = visibleText(await chat('webchat').send("find a women's meeting near 10011 this week"));
    expect(seen).to.match(/Thursday Women Newcomers/);
    expect(seen).to.not.match(/Midnight Oil|Big Book/);
  });

  it('a search that ran and found nothing says so, for the area searched, with the finder', async () => {
    const seen = visibleText(await chat('webchat').send('find an AA meeting near 94110 tonight'));
    expect(seen).to.match(/show no AA meetings within 15 miles of 94110/);
    expect(seen).to.include('https://www.aa.org/meeting-guide-app');
  });

  it('with one list unreadable, "none found" names only the lists that were read', async () => {
    const seen = visibleText(await chat('webchat').send('find a meeting near 94110 tonight'));
    expect(seen).to.match(/couldn't read the meeting list for Cocaine Anonymous just now, so its meetings are missing here/);
    expect(seen).to.match(/show no AA\/NA meetings within 15 miles of 94110/);
  });

  it('a group with no meeting list: says so and links its own finder', async () => {
    const seen = visibleText(await chat('webchat').send('online SMART meeting on Saturday morning'));
    expect(seen).to.match(/don't have a meeting list for SMART Recovery/);
    expect(seen).to.include('https://smartrecovery.org');
  });

  it('a group\'s "How to find a meeting" offers "Find a meeting near me" only where a feed covers it', async () => {
    const c = chat('webchat');
    const aa = await c.send('how do I find an AA meeting');
    const labels = offeredChoices(aa).map((o) => o.label);
    if (!labels.includes('Find a meeting near me')) {
      // The free text went to the search itself: it asks where.
      expect(visibleText(aa)).to.match(/Where should I look/);
    }
    const group = await c.tap('How to find a meeting', 'group-find:alcoholics-anonymous');
    expect(offeredChoices(group).map((o) => o.label)).to.include('Find a meeting near me');
    const asked = await c.pick(group, /^Find a meeting near me$/);
    expect(visibleText(asked)).to.match(/Where should I look/);
    const smart = await c.tap('How to find a meeting', 'group-find:smart-recovery');
    expect(offeredChoices(smart).map((o) => o.label)).to.not.include('Find a meeting near me');
  });

  it('questions about meetings still get the topic answers', async () => {
    const seen = visibleText(await chat('webchat').send('what happens at an AA meeting'));
    expect(seen).to.not.match(/Where should I look|The next/);
  });
});
