// A malformed Teams `mention` entity (no `mentioned`) is the sender's mistake, not the bot's: the
// person gets a normal reply, not the "something went wrong" turn error.
import { expect } from 'chai';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { visibleText } from '../helpers/replies';

describe('security: malformed mention entities', () => {
  let bot: HttpBot;
  const logs: string[] = [];
  before(async () => {
    bot = await new HttpBot({ logSink: (line) => logs.push(line) }).start();
  });
  after(() => bot.stop());

  it('a mention entity without `mentioned` (or with a non-string text) gets a normal reply', async () => {
    const malformed = [
      [{ type: 'mention', text: '<at>Navigator</at>' }],
      [{ type: 'mention' }],
      [{ type: 'mention', mentioned: null, text: 42 }],
      [{ type: 'mention', mentioned: { name: 'no id' } }],
      [null],
    ];
    for (const [i, entities] of malformed.entries()) {
      const conversation = new HttpConversation(bot, 'msteams', `c-mention-${i}`, `u-mention-${i}`);
      const { status, replies } = await conversation.send({
        text: '<at>Navigator</at> what is SMART Recovery?',
        entities: entities as never,
        recipient: { id: 'bot', name: 'Navigator' },
      });
      expect(status, JSON.stringify(entities)).to.equal(200);
      expect(replies.length, JSON.stringify(entities)).to.be.greaterThan(0);
      expect(visibleText(replies), JSON.stringify(entities)).to.match(/SMART/);
    }
    expect(logs.filter((line) => line.includes('turn_failed'))).to.deep.equal([]);
  });
});
