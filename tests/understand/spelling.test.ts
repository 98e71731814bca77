// Misspelled words read as the words the model knows (src/understand/nlu/spelling.ts).
import { expect } from 'chai';
import { SpellingCorrector } from '../../src/understand/nlu/spelling';
import { testKit } from '../helpers/botHarness';

const KNOWN = ['recommend', 'group', 'which', 'with', 'mom', 'meeting', 'not_religion', 'religion', 'zzgroup'];
const corrector = () => new SpellingCorrector(new Set(KNOWN), () => KNOWN);

describe('understanding: misspelled words', () => {
  it('reads an unknown word as the known word one edit away', () => {
    expect(corrector().correct(['recomend', 'grup'])).to.deep.equal(['recommend', 'group']);
  });

  it('prefers the longer word when two are one edit away: a dropped letter is the commonest slip', () => {
    expect(corrector().correct(['wich'])).to.deep.equal(['which']);
  });

  it('leaves short words, placeholders, numbers, known words and words far from any known word alone', () => {
    expect(corrector().correct(['mon', 'zzgrop', 'meet1ng', 'meeting', 'banana'])).to.deep.equal([
      'mon',
      'zzgrop',
      'meet1ng',
      'meeting',
      'banana',
    ]);
  });

  it('keeps the negation mark on a corrected word', () => {
    expect(corrector().correct(['not_religon'])).to.deep.equal(['not_religion']);
  });

  it('corrects Spanish stems the same way', () => {
    const known = ['necesit', 'encontr', 'grup'];
    const spanish = new SpellingCorrector(new Set(known), () => known);
    expect(spanish.correct(['nesesit', 'encont', 'grup'])).to.deep.equal(['necesit', 'encontr', 'grup']);
  });

  it('lets the model read a misspelt request to be matched (read as small talk without the correction)', () => {
    expect(testKit().understanding.read('cn you recomend a grup', 'en').intents[0]?.intent).to.match(/^find\./);
  });
});
