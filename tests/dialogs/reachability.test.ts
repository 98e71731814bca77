// Every group and topic can be reached from the main menu by tapping, and by typing its name.
import { expect } from 'chai';
import { TestChat, testKit } from '../helpers/botHarness';
import { offeredChoices, visibleText } from '../helpers/replies';

describe('reachability', () => {
  const { content } = testKit().content;

  it('every group and topic is offered within a few taps of the menu', async () => {
    const seen = new Set<string>();
    let frontier: string[][] = [[]];
    const menus = /^(Learn about support groups|All topics|More topics|All groups, A to Z|More groups)$/;
    for (let depth = 0; depth < 6 && frontier.length; depth++) {
      const next: string[][] = [];
      for (const path of frontier) {
        const chat = new TestChat('webchat');
        await chat.send('menu');
        let replies = await chat.send('menu');
        for (const label of path) replies = await chat.send(label);
        for (const choice of offeredChoices(replies)) {
          // Only menus lead further: the learn menu and the pages of topics and groups.
          if ((menus.test(choice.label) && !path.includes(choice.label)) || choice.label.startsWith('More ')) {
            if (path.filter((p) => p === choice.label).length < 3) next.push([...path, choice.label]);
          }
          seen.add(choice.label);
        }
      }
      frontier = next;
    }
    for (const group of content.groups) expect(seen, group.id).to.include(group.name.en);
    for (const topic of content.topics) expect(seen, topic.id).to.include(topic.title.en);
  });

  it('every group and topic is found by typing its name', async () => {
    const chat = new TestChat('webchat');
    for (const group of content.groups) {
      const text = visibleText(await chat.send(group.name.en));
      expect(text, group.id).to.contain(group.summary.en.slice(0, 40));
    }
    for (const topic of content.topics) {
      const text = visibleText(await chat.send(topic.title.en));
      expect(text, topic.id).to.contain(topic.title.en);
    }
  });
});
