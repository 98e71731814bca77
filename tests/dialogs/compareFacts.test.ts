// What a comparison and a group's facts say: the substance each group is about is one of the
// facets side by side ("what's the difference between AA and NA" is mostly that); a request for a
// referral that names two groups compares them rather than dropping one; a group's cost and books
// are its own words on money and books, not a sentence that only shares a word ("a cost-benefit
// analysis", "video and text chat"). Through the real dialog path, on every channel.
import { expect } from 'chai';
import { CHANNELS, personSpeaking as person } from '../helpers/botHarness';
import { readAllOf as readAll } from '../helpers/smsPages';

describe('comparisons and group facts', () => {
  for (const channel of CHANNELS) {
    describe(channel, () => {
      it('a comparison says which substance each group is about', async () => {
        const reply = await readAll(person(channel, 'en'), 'whats the diff between AA and NA', 'en');
        expect(reply).to.match(/Substance:/);
        expect(reply).to.match(/AA alcohol|Substance: alcohol/);
        expect(reply).to.match(/any drug/);
        const spanish = await readAll(person(channel, 'es'), 'cual es la diferencia entre AA y NA', 'es');
        expect(spanish).to.match(/Sustancia:/);
        expect(spanish).to.match(/cualquier droga/);
      });

      it('a referral request naming two groups compares both', async () => {
        const reply = await readAll(
          person(channel, 'en'),
          'Can you give me a quick comparison of SMART Recovery and LifeRing for a client handout?',
          'en',
        );
        expect(reply).to.match(/SMART/);
        expect(reply).to.match(/LifeRing/);
        expect(reply).to.not.match(/summary of SMART Recovery you can share/);
      });

      it("a group's cost and books come from sentences about money and books", async () => {
        const cost = await readAll(person(channel, 'en'), 'is smart recovery free', 'en');
        expect(cost).to.match(/Cost: [^\n]*free/);
        expect(cost).to.not.match(/Cost: [^\n]*cost-benefit/);
        const books = await readAll(person(channel, 'en'), 'whats the lifering book called', 'en');
        expect(books).to.not.match(/Books: [^\n]*text chat/);
      });
    });
  }
});
