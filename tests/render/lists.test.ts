// Lists render as lists on every channel: a numbered list from content (SMART's four points)
// stays numbered, never "• 1." / "- 1." / "* 1.", and plain points keep their bullets.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { TestChat } from '../helpers/botHarness';
import { listLines } from '../../src/render/plainText';

/** Every text a person can see: message text and card text blocks. */
function shownText(replies: Partial<Activity>[]): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'TextBlock' && typeof record.text === 'string') parts.push(record.text);
    Object.values(record).forEach(walk);
  };
  for (const reply of replies) {
    if (reply.text) parts.push(reply.text);
    walk(reply.attachments);
  }
  return parts.join('\n');
}

describe('lists on every channel', () => {
  it('keeps numbered items numbered and bullets the rest', () => {
    expect(listLines(['1. One', '2) Two'], '-')).to.deep.equal(['1. One', '2. Two']);
    expect(listLines(['One', 'Two'], '*')).to.deep.equal(['* One', '* Two']);
  });

  for (const channel of ['webchat', 'msteams', 'sms'] as const) {
    it(`${channel}: SMART's four points show as 1. to 4., without a bullet before the number`, async () => {
      const chat = new TestChat(channel);
      if (channel === 'sms') await chat.send('hi');
      else await chat.join();
      let text = shownText(await chat.send('what is SMART Recovery'));
      for (let i = 0; i < 4 && !/4\. Living/.test(text); i++) text += `\n${shownText(await chat.send('more'))}`;
      expect(text).to.match(/^1\. Building/m);
      expect(text).to.match(/^4\. Living/m);
      expect(text).to.not.match(/[•*-] \d+\. /);
    });
  }
});
