// Teams for staff: a referral summary card with a copy-ready text, and comparison cards.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { TestChat } from '../helpers/botHarness';
import { offeredChoices } from '../helpers/replies';

function cardsOf(replies: Partial<Activity>[]) {
  return replies.flatMap((r) => r.attachments ?? []).map((a) => a.content as Record<string, unknown>);
}

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return;
  visit(node as Record<string, unknown>);
  Object.values(node).forEach((v) => walk(v, visit));
}

describe('teams rendering for staff', () => {
  it('shows a referral summary per recommended group and a copy-ready text', async () => {
    const chat = new TestChat('msteams');
    await chat.join();
    const replies = await chat.send("I'm a counselor, my client drinks and isn't religious");
    expect(replies).to.have.length(1);
    const [card] = cardsOf(replies);
    const json = JSON.stringify(card);
    expect(json.length).to.be.below(28 * 1024);
    expect(json).to.match(/For your client/);
    expect(json).to.match(/"text":"Why"/);
    expect(json).to.match(/"text":"What a meeting is like"/);
    expect(json).to.match(/Action\.OpenUrl/);
    const toggles: Record<string, unknown>[] = [];
    walk(card, (n) => n.type === 'Action.ShowCard' && toggles.push(n));
    expect(toggles).to.have.length(1);
    const copy = JSON.stringify(toggles[0]);
    expect(copy).to.match(/Website: https?:\/\//);
    // A clean, sectioned summary: ordinary font (links work), one section per group, each name once.
    expect(copy).to.not.match(/Monospace/);
    const sections = (toggles[0] as { card: { body: { type: string; separator: boolean; items: { text: string }[] }[] } }).card.body;
    expect(sections.length).to.be.at.least(2);
    expect(sections.every((section, i) => section.type === 'Container' && section.separator === i > 0)).to.equal(true);
    // The name is said by the group's summary, not on a line of its own before it (a phone line may name its service).
    const described = sections.map((section) =>
      section.items
        .filter((item) => !/^Phone:/.test(item.text))
        .map((item) => item.text)
        .join('\n'),
    );
    for (const name of ['SMART Recovery', 'LifeRing']) {
      const times = described.join('\n').split(name).length - 1;
      if (times) expect(times, `${name} named once in the summary`).to.equal(1);
    }
    expect(sections.map((section) => section.items[0].text)).to.satisfy((firsts: string[]) =>
      firsts.every((first, i) => first.startsWith(`${i + 1}. `)),
    );
  });

  it('every card is version 1.5 or lower, has no markdown, and every Action.Submit carries object data', async () => {
    const chat = new TestChat('msteams');
    const all: Partial<Activity>[] = [...(await chat.join())];
    for (const message of ['compare smart, lifering and aa', 'what is al-anon', 'find a group', 'Myself', 'is AA religious'])
      all.push(...(await chat.send(message)));
    for (const card of cardsOf(all)) {
      expect(Number(card.version)).to.be.at.most(1.5);
      walk(card, (n) => {
        if (n.type === 'Action.Submit') expect(n.data).to.be.an('object');
        if (n.type === 'TextBlock') expect(String(n.text)).to.not.match(/\*\*|__|^#+ /m);
      });
    }
    expect(offeredChoices(all.slice(-1)).length).to.be.greaterThan(0);
  });

  it('strips the @mention of the bot in a group chat', async () => {
    const chat = new TestChat('msteams');
    await chat.join();
    const replies = await chat.send({
      type: 'message',
      text: '<at>Navigator</at> what is SMART recovery',
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Navigator' }, text: '<at>Navigator</at>' }],
    });
    expect(JSON.stringify(cardsOf(replies))).to.match(/SMART Recovery/);
  });
});
