// The typo-tolerant lookup: every example question finds its own entry, however long the list of
// examples; and the index saved at build time answers exactly as a freshly built one, and is
// ignored when it was made from other entries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadBotContentFast } from '../../content/snapshot';
import { lookupEntries, type LookupEntry } from '../../content/query';
import { PhraseBook } from '../../src/understand/lexicon';
import { TextLookup } from '../../src/understand/lookup';
import { loadTextLookup, writeLookupIndex } from '../../src/understand/lookupSnapshot';

const content = loadBotContentFast();
const entries = lookupEntries(content.content);
const stopwords = new PhraseBook(content.lexicon).stopwords;
const questions = entries.flatMap((e) => e.examples);

describe('text lookup', () => {
  it('finds an entry from the last of many long examples (each example is indexed whole)', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `how does the ordinary example number ${i} read`);
    const entry: LookupEntry = {
      kind: 'topic',
      id: 'far-away',
      names: ['Far away'],
      examples: [...filler, 'where is the zanzibar gathering'],
      keywords: [],
    };
    const other: LookupEntry = { kind: 'topic', id: 'other', names: ['Other'], examples: ['something else entirely'], keywords: [] };
    const lookup = new TextLookup([entry, other], stopwords);
    expect(lookup.search('zanzibar gathering')[0]?.id).to.equal('far-away');
  });

  it('ranks its own entry first for most of the content example questions', () => {
    const lookup = new TextLookup(entries, stopwords);
    const own = entries.flatMap((e) => e.examples.map((q) => lookup.search(q)[0]?.id === e.id));
    expect(own.filter(Boolean).length / own.length).to.be.greaterThan(0.8);
  });
});

describe('search index saved at build time', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lookup-index-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers every example question exactly as a freshly built index', () => {
    const file = path.join(dir, 'index.json');
    writeLookupIndex(entries, stopwords, file);
    const saved = loadTextLookup(entries, stopwords, file);
    const built = new TextLookup(entries, stopwords);
    expect(questions.length).to.be.greaterThan(100);
    // Scores may differ in the last bit (field lengths are stored as averages).
    const rounded = (hits: ReturnType<TextLookup['search']>) => hits.map((h) => ({ ...h, score: h.score.toPrecision(10) }));
    for (const q of [...questions, 'smrt recovry', 'is AA religious', 'compare lifering and smart'])
      expect(rounded(saved.search(q)), q).to.deep.equal(rounded(built.search(q)));
  });

  it('is what start-up loads when it matches (a swapped-in index shows through)', () => {
    const file = path.join(dir, 'swapped.json');
    writeLookupIndex(entries, stopwords, file);
    // Same key, but the index of the first entry only: if the file is read, the others vanish.
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; index: unknown };
    saved.index = new TextLookup(entries.slice(0, 1), stopwords).savedIndex();
    fs.writeFileSync(file, JSON.stringify(saved));
    const last = entries[entries.length - 1];
    expect(
      loadTextLookup(entries, stopwords, file)
        .search(last.names[0])
        .map((h) => h.id),
    ).to.not.include(last.id);
  });

  it('is not used when it was made from other entries', () => {
    const file = path.join(dir, 'stale.json');
    const onlyFirst = entries.slice(0, 1);
    writeLookupIndex(onlyFirst, stopwords, file);
    const lookup = loadTextLookup(entries, stopwords, file);
    const last = entries[entries.length - 1];
    expect(lookup.search(last.names[0]).map((h) => h.id)).to.include(last.id);
  });

  it('is not used when the file is damaged', () => {
    const file = path.join(dir, 'damaged.json');
    fs.writeFileSync(file, '{"key": 1, "index": ');
    expect(
      loadTextLookup(entries, stopwords, file)
        .search(entries[0].names[0])
        .map((h) => h.id),
    ).to.include(entries[0].id);
  });
});
