// Channels we do not know get plain text with the choices as a numbered list.
import { expect } from 'chai';
import { TestChat } from '../helpers/botHarness';

describe('rendering for other channels', () => {
  it('sends text with a numbered list of choices, no cards and no suggested actions', async () => {
    const chat = new TestChat('slack');
    const replies = await chat.send('compare smart and aa');
    expect(replies).to.have.length(1);
    expect(replies[0].attachments ?? []).to.be.empty;
    expect(replies[0].suggestedActions).to.equal(undefined);
    expect(replies[0].text).to.match(/SMART Recovery/);
    expect(replies[0].text).to.match(/^1\. .+$/m);
    const picked = await chat.send('1');
    expect(picked[0].text).to.match(/SMART Recovery|Alcoholics Anonymous/);
  });
});
