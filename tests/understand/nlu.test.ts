// The trained understanding model: what it learns from content examples (group names become a
// placeholder, so one group's wording teaches every group's), how it is measured, how the
// training files are checked, and the frozen-set evaluation path (on a fixture of our own).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadIntentFiles } from '../../content/intentSchema';
import { lookupEntries } from '../../content/query';
import { evaluateFrozen, frozenFile, readFrozen } from '../../scripts/evalNlu';
import { crossValidate, foldsOf, scorecard } from '../../src/understand/nlu/crossValidate';
import { featuresOf, GROUP_TOKEN } from '../../src/understand/nlu/features';
import { UnderstandingModel } from '../../src/understand/nlu/model';
import { nearestKind } from '../../src/understand/nlu/nearest';
import { neuralKind } from '../../src/understand/nlu/neural';
import { labelledTexts, trainingExamples } from '../../src/understand/nlu/training';
import { testKit } from '../helpers/botHarness';

const kit = testKit();

describe('understanding model: the saved model on content examples', () => {
  it('reads most of its own training examples back (the build trained and saved it)', () => {
    for (const language of ['en', 'es'] as const) {
      const texts = labelledTexts(kit.content.intents, language);
      const right = texts.filter((t) => kit.understanding.read(t.text, language).intents[0]?.intent === t.intent).length;
      expect(right / texts.length, language).to.be.greaterThan(0.85);
    }
  });

  it('reads a fact asked of a named group, the group, a comparison and a request to be matched', () => {
    const read = (text: string, language: 'en' | 'es' = 'en') => kit.understanding.read(text, language);
    expect(read('is LifeRing free').intents[0].intent).to.equal('group.cost');
    expect(read('is LifeRing free').groups).to.deep.equal(['lifering']);
    expect(read('when did CA begin').intents[0].intent).to.equal('group.founded');
    expect(read('compare AA, SMART, LifeRing and WFS').groups).to.have.length(4);
    expect(read('compare AA, SMART, LifeRing and WFS').intents[0].intent).to.equal('compare');
    expect(read('where should someone like me go?').intents[0].intent).to.match(/^find\./);
    expect(read('cuánto cuesta AA', 'es').intents[0].intent).to.equal('group.cost');
  });

  it('does not take a state or "ma" (mom) for a group', () => {
    expect(kit.lookup.groupsNamed('I live in CA and I drink too much')).to.deep.equal([]);
    expect(kit.lookup.groupsNamed('meetings near San Diego, CA')).to.deep.equal([]);
    expect(kit.lookup.groupsNamed('my ma drinks every night')).to.deep.equal([]);
    expect(kit.lookup.groupsNamed('is CA free')).to.deep.equal(['cocaine-anonymous']);
    expect(kit.lookup.groupsNamed('compare CA and NA')).to.deep.equal(['cocaine-anonymous', 'narcotics-anonymous']);
  });
});

describe('understanding model: training', () => {
  const intents = [
    {
      id: 'group.cost',
      examples: {
        en: ['is LifeRing free', 'how much does AA cost', 'do I have to pay for SMART', 'are NA meetings free'],
        es: [] as string[],
      },
    },
    {
      id: 'group.founded',
      examples: { en: ['when did AA start', 'when was SMART founded', 'who founded LifeRing', 'how old is NA'], es: [] as string[] },
    },
  ];

  it('turns group names into one placeholder, so one group teaches every group', () => {
    const { marked } = kit.lookup.markGroups('is Women for Sobriety free', GROUP_TOKEN);
    expect(marked).to.equal(`is ${GROUP_TOKEN} free`);
    expect(featuresOf(marked, 'en')).to.include(GROUP_TOKEN);
    const entries = lookupEntries(kit.content.content);
    const model = new UnderstandingModel({ intents }, kit.lookup, entries, () => path.join(os.tmpdir(), 'no-such-nlu-model.json'));
    const reading = model.read('is Women for Sobriety free', 'en');
    expect(reading.intents[0].intent).to.equal('group.cost');
    expect(reading.groups).to.deep.equal(['women-for-sobriety']);
    expect(model.read('when did Celebrate Recovery start', 'en').intents[0].intent).to.equal('group.founded');
  });

  it('marks a negated word, so "no religion" is not "religion"', () => {
    expect(featuresOf('no religion please', 'en')).to.include('not_religion');
    expect(featuresOf('religion please', 'en')).not.to.include('not_religion');
  });

  it('saves a model and loads it back with the same readings', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nlu-')), 'model-en.json');
    const entries = lookupEntries(kit.content.content);
    const trained = new UnderstandingModel({ intents }, kit.lookup, entries, () => file);
    trained.writeModels(['en']);
    const loaded = new UnderstandingModel({ intents }, kit.lookup, entries, () => file);
    expect(loaded.read('is SOS free', 'en')).to.deep.equal(trained.read('is SOS free', 'en'));
  });

  it('cross-validates on stratified folds, and both classifiers learn the content', () => {
    const examples = trainingExamples(kit.lookup, labelledTexts(kit.content.intents, 'en'), 'en').filter((e) =>
      e.intent.startsWith('group.'),
    );
    const folds = foldsOf(examples, 5);
    expect(folds.flat()).to.have.length(examples.length);
    expect(new Set(folds[0].map((e) => e.intent)).size).to.equal(new Set(examples.map((e) => e.intent)).size);
    for (const kind of [neuralKind, nearestKind]) {
      const card = scorecard(crossValidate(kind, examples, 5));
      expect(card.accuracy, kind.name).to.be.greaterThan(0.5);
    }
  });

  it('computes precision, recall, macro F1 and confusions', () => {
    const card = scorecard([
      { expected: 'a', predicted: 'a' },
      { expected: 'a', predicted: 'b' },
      { expected: 'b', predicted: 'b' },
      { expected: 'b', predicted: 'b' },
    ]);
    expect(card.accuracy).to.equal(0.75);
    const a = card.perIntent.find((i) => i.intent === 'a')!;
    expect(a.precision).to.equal(1);
    expect(a.recall).to.equal(0.5);
    expect(card.confusions[0]).to.deep.equal({ expected: 'a', predicted: 'b', count: 1 });
  });
});

describe('understanding model: training files (content:check)', () => {
  function dirWith(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intents-'));
    fs.mkdirSync(path.join(dir, 'intents'));
    for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'intents', name), body);
    return dir;
  }
  const list = (prefix: string) => `[${Array.from({ length: 6 }, (_, i) => `"${prefix} ${i}"`).join(', ')}]`;

  it('accepts the shipped files', () => {
    expect(kit.content.intents.length).to.be.greaterThan(30);
  });

  it('rejects an unknown intent, a file named otherwise, too few examples and an example of two intents', () => {
    const dir = dirWith({
      'group.costs.yaml': `id: group.costs\nexamples:\n  en: ${list('a')}\n  es: ${list('b')}\n`,
      'group.cost.yaml': `id: group.founded\nexamples:\n  en: ${list('c')}\n  es: [uno]\n`,
      'compare.yaml': `id: compare\nexamples:\n  en: ${list('d')}\n  es: ${list('b')}\n`,
    });
    const { problems } = loadIntentFiles(dir, kit.content.content);
    const all = problems.join('\n');
    expect(all).to.match(/group\.costs.*not a known intent/);
    expect(all).to.match(/group\.cost\.yaml: examples\.es/);
    expect(all).to.match(/is also an example of (compare|group\.costs)/);
  });
});

describe('understanding model: frozen test set evaluation', () => {
  it('reads the frozen files format and scores intents and groups (on a fixture)', () => {
    const dir = path.resolve(__dirname, '..', '..', '..', 'tests', 'fixtures', 'nlu');
    const file = frozenFile('en', dir);
    expect(fs.existsSync(file)).to.equal(true);
    const result = evaluateFrozen(kit.understanding, readFrozen(file), 'en');
    expect(result.total).to.equal(3);
    expect(result.withGroups).to.equal(2);
    expect(result.intentRight).to.equal(3);
    expect(result.groupsRight).to.equal(2);
    expect(fs.existsSync(frozenFile('es', dir))).to.equal(false);
  });
});
