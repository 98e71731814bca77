// Words the lookup ignores. English and Spanish share one list, since a message's language is
// often unknown; a word must not be lost because it is a function word in the other language.
import { expect } from 'chai';
import { loadBotContentFast } from '../../content/snapshot';
import { PhraseBook } from '../../src/understand/lexicon';
import { lookupEntries } from '../../content/query';
import { TextLookup } from '../../src/understand/lookup';
import { normalize } from '../../src/understand/normalize';

const lexicon = loadBotContentFast().lexicon;
const stopwords = new PhraseBook(lexicon).stopwords;

describe('stopwords', () => {
  it('keeps a word that is a Spanish stopword but an everyday English word ("son")', () => {
    expect(stopwords.has('son')).to.equal(false);
    const merged = new PhraseBook({ ...lexicon, stopwords: { en: ['my', 'for'], es: ['son', 'que', 'mi'] } }).stopwords;
    expect([...merged]).to.have.members(['my', 'for', 'que', 'mi']);
  });

  it('finds the English "son" in "help for my son"', () => {
    const family = { kind: 'topic' as const, id: 'family', names: ['Family'], examples: ['my son drinks too much'], keywords: [] };
    const steps = { kind: 'topic' as const, id: 'steps', names: ['Steps'], examples: ['what are the twelve steps'], keywords: [] };
    expect(new TextLookup([family, steps], stopwords).search('help for my son')[0]?.id).to.equal('family');
  });

  it('ignores texting shorthand and filler, in both languages', () => {
    for (const word of [
      'wat',
      'wut',
      'wats',
      'u',
      'ur',
      'r',
      'idk',
      'hey',
      'pls',
      'plz',
      'um',
      'kinda',
      'actually',
      'usually',
      'even',
      'just',
      'mostly',
      'though',
      'q',
      'k',
      'ke',
      'xq',
      'pq',
      'porfa',
      'oye',
      'pues',
      'bueno',
      'existe',
      'existen',
    ]) {
      expect(stopwords.has(word), word).to.equal(true);
    }
  });

  it('keeps the words the content questions need ("do I have to say", "after a relapse", "don\'t")', () => {
    for (const word of ["don't", 'dont', 'say', 'after', 'really', 'not', 'hijo', 'padrino'])
      expect(stopwords.has(normalize(word)), word).to.equal(false);
  });

  it('reads short group names that are everyday words as words: "pa" (para), "ma" (mom), "ha" (has)', () => {
    for (const word of ['pa', 'pal', 'ha', 'han', 'he', 'ma']) expect(stopwords.has(word), word).to.equal(true);
    const lookup = new TextLookup(lookupEntries(loadBotContentFast().content), stopwords);
    expect(lookup.groupsNamed('my ma drinks every night, what can i do')).to.deep.equal([]);
    expect(lookup.groupsNamed('hay grupos pa familias de gente que se inyecta')).to.deep.equal([]);
    expect(lookup.groupsNamed('mi hijo ha recaído otra vez, qué hago yo')).to.deep.equal([]);
    expect(lookup.search('mi hijo ha recaído otra vez').some((h) => h.named)).to.equal(false);
    // In capitals, in a message that is not all capitals, the short name still names its group.
    expect(lookup.groupsNamed('what is MA')).to.deep.equal(['marijuana-anonymous']);
    expect(lookup.search('what is MA')[0]?.id).to.equal('marijuana-anonymous');
    expect(lookup.groupsNamed('is PA for benzos too')).to.deep.equal(['pills-anonymous']);
    expect(lookup.groupsNamed('MY MA DRINKS EVERY NIGHT')).to.deep.equal([]);
  });
});
