// Webchat and Teams: one rendering of each thing. A group answer does not say a sentence in its
// text and again in its card; after the finder's results, at most four next steps, the rest
// behind "More options".
import { expect } from 'chai';
import { TestChat } from '../helpers/botHarness';
import { offeredChoices, visibleText } from '../helpers/replies';

function repeatedSentences(text: string): string[] {
  const seen = new Map<string, number>();
  for (const sentence of text
    .split(/(?<=[.!?])\s+|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 30))
    seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([s]) => s);
}

describe('webchat and Teams: each thing said once', () => {
  for (const channel of ['webchat', 'msteams'] as const) {
    for (const question of [
      'what is alcoholics anonymous',
      'is AA free',
      'when was NA founded',
      'is LifeRing free',
      'what is women for sobriety',
    ]) {
      it(`${channel} "${question}": no sentence in the text and again in the card`, async () => {
        const chat = new TestChat(channel);
        await chat.join();
        const replies = await chat.send(question);
        expect(JSON.stringify(replies), 'a card').to.include('AdaptiveCard');
        expect(repeatedSentences(visibleText(replies))).to.deep.equal([]);
      });
    }

    it(`${channel}: the finder's results offer at most four next steps; "More options" brings the rest`, async () => {
      const chat = new TestChat(channel);
      await chat.join();
      const results = await chat.send("I'm a woman, I want to stop drinking, but I'm not religious");
      const first = offeredChoices(results).map((c) => c.label);
      expect(first).to.have.length.at.most(4);
      expect(first).to.include.members(['Compare these', 'More options']);
      const more = offeredChoices(await chat.send(offeredChoices(results).find((c) => c.label === 'More options')!.pick)).map(
        (c) => c.label,
      );
      expect(more).to.include.members(['More about LifeRing', 'More about Secular AA', 'Start over', 'Main menu']);
    });
  }
});
