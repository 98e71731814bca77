// The learned crisis check: its saved model is the one start-up uses, it catches what the
// rules were not written for, it leaves look-alike questions alone, and its examples are
// validated as content.
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCrisisExamples } from '../../content/crisisExamplesSchema';
import { ContentError, defaultContentDir } from '../../content/load';
import { detectCrisis, learnedCrisisCheck } from '../../src/safety';
import {
  crisisModelKey,
  crisisModelQuickKey,
  defaultCrisisModelFile,
  loadCrisisModel,
  readSaved,
} from '../../src/host/startup/crisisModel';
import { toBinary } from '../../src/safety/learned/packed';

/** Messages no rule catches, each of a kind the issue found missed (indirect farewell, escalating disclosure). */
export const RULES_MISS: [string, 'suicide' | 'self-harm' | 'overdose'][] = [
  ['thanks for everything, you have been kind. i put my affairs in order today', 'suicide'],
  ["i gave away my cat and wrote to my sister, you won't hear from me again", 'suicide'],
  ['dejé mi testamento en la mesa de la cocina, ya es hora', 'suicide'],
  ["it started with scratching, then the lighter, now i'm using a blade", 'self-harm'],
  ["he nodded out and i can't get him to respond", 'overdose'],
];

/** Not crises, though they share words with one. */
export const LOOK_ALIKES = [
  'how do i get naloxone to keep at home',
  'where can i get narcan without a prescription',
  'dónde consigo naloxona sin receta',
  'pt denies SI, wants a secular group',
  'my dad died of an overdose years ago, is there a group for families',
  "i'm dying to know how meetings work",
  'i am so sad today',
  'what is smart recovery',
];

describe('the learned crisis check', () => {
  const loaded = loadCrisisModel();

  it('start-up reads the model the build saved, made from these examples, instead of training one', () => {
    expect(loaded.source).to.equal('saved');
    const saved = readSaved(defaultCrisisModelFile())!;
    expect(saved.header.key).to.equal(crisisModelKey(defaultContentDir()));
    expect(saved.header.quickKey).to.equal(crisisModelQuickKey(defaultContentDir()));
    expect(loaded.model.threshold).to.equal(saved.header.threshold);
  });

  it('a copy of the files (other paths and times) still reads the saved model, checked by contents', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-model-'));
    const file = path.join(dir, 'crisis-model.bin');
    fs.writeFileSync(file, toBinary(loaded.model.toJSON(), 'made-elsewhere'));
    const copy = loadCrisisModel(defaultContentDir(), file);
    expect(copy.source).to.equal('saved');
    expect(copy.model.score('i want to end it all tonight')).to.deep.equal(loaded.model.score('i want to end it all tonight'));
  });

  it('a saved model made from other examples, or a damaged file, is not used: the model is trained again', function () {
    this.timeout(240_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-model-'));
    const file = path.join(dir, 'crisis-model.bin');
    fs.writeFileSync(file, toBinary({ ...loaded.model.toJSON(), key: 'made-from-other-examples' }));
    const again = loadCrisisModel(defaultContentDir(), file);
    expect(again.source).to.equal('trained');
    expect(again.model.key).to.equal(crisisModelKey(defaultContentDir()));
    const whole = fs.readFileSync(defaultCrisisModelFile());
    fs.writeFileSync(file, whole.subarray(0, whole.byteLength - 100));
    expect(readSaved(file), 'a file cut short').to.equal(undefined);
    fs.writeFileSync(file, JSON.stringify(loaded.model.toJSON()));
    expect(readSaved(file), 'the old JSON form').to.equal(undefined);
  });

  for (const [message, kind] of RULES_MISS) {
    it(`catches what no rule catches: ${JSON.stringify(message)} (${kind})`, () => {
      expect(detectCrisis(message), 'a rule caught it: pick a message the rules miss').to.equal(null);
      expect(learnedCrisisCheck(loaded.model, message)?.kind).to.equal(kind);
    });
  }

  it('reports the language the message was written in', () => {
    expect(learnedCrisisCheck(loaded.model, 'dejé mi testamento en la mesa de la cocina, ya es hora')?.language).to.equal('es');
    expect(
      learnedCrisisCheck(loaded.model, "thanks for everything, you've been kind. i won't be needing help after tonight")?.language,
    ).to.equal('en');
  });

  for (const message of LOOK_ALIKES) {
    it(`leaves a look-alike alone: ${JSON.stringify(message)}`, () => {
      expect(detectCrisis(message)).to.equal(null);
      expect(learnedCrisisCheck(loaded.model, message)).to.equal(null);
    });
  }

  it('without a model, or on empty or non-string input, says nothing and does not throw', () => {
    expect(learnedCrisisCheck(undefined, 'i want to die')).to.equal(null);
    expect(learnedCrisisCheck(loaded.model, '')).to.equal(null);
    expect(learnedCrisisCheck(loaded.model, 42 as unknown as string)).to.equal(null);
    expect(learnedCrisisCheck(loaded.model, '🙂🙂🙂')).to.equal(null);
  });
});

describe('crisis examples as content', () => {
  const write = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-examples-'));
    fs.mkdirSync(path.join(dir, 'crisis-examples'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'crisis-examples', name), text);
    return dir;
  };

  it('the shipped examples load, in both languages, with at least 250 crisis and 250 non-crisis messages', () => {
    const examples = loadCrisisExamples(defaultContentDir());
    const crisis = examples.filter((e) => e.kind !== 'none');
    const calm = examples.filter((e) => e.kind === 'none');
    expect(crisis.length).to.be.at.least(250);
    expect(calm.length).to.be.at.least(250);
    for (const lang of ['en', 'es']) {
      expect(crisis.filter((e) => e.lang === lang).length, lang).to.be.at.least(80);
      expect(calm.filter((e) => e.lang === lang).length, lang).to.be.at.least(80);
    }
  });

  it('rejects a file with an unknown kind or a missing language, naming the file', () => {
    const dir = write({ 'bad.yaml': 'kind: sadness\nabout: x\nen: ["a message"]\n' });
    expect(() => loadCrisisExamples(dir))
      .to.throw(ContentError)
      .with.property('problems')
      .that.satisfies((p: string[]) => p.some((line) => /bad\.yaml: kind/.test(line)) && p.some((line) => /bad\.yaml: es/.test(line)));
  });

  it('rejects a message taught as two kinds', () => {
    const dir = write({
      'a.yaml': 'kind: suicide\nabout: x\nen: ["i want to go"]\nes: ["me quiero ir"]\n',
      'b.yaml': 'kind: none\nabout: y\nen: ["I want to go"]\nes: ["otra cosa"]\n',
    });
    expect(() => loadCrisisExamples(dir)).to.throw(ContentError, /also a suicide example/);
  });
});
