// The alternative measured against NLP.js: the nearest training examples by BM25 (MiniSearch,
// already used for the lookup); the intents of the closest few vote with their scores.
import MiniSearch, { type Options } from 'minisearch';
import { asShares, type ClassifierKind, type Example, type IntentClassifier } from './classifier';

/** How many nearest examples vote. */
const NEIGHBOURS = 5;

interface Doc {
  id: number;
  text: string;
  intent: string;
}

const options: Options<Doc> = { fields: ['text'], storeFields: ['intent'], tokenize: (t: string) => t.split(' ') };

class NearestClassifier implements IntentClassifier {
  constructor(private readonly index: MiniSearch<Doc>) {}

  classify(features: readonly string[]) {
    const hits = this.index.search(features.join(' '), { combineWith: 'OR' }).slice(0, NEIGHBOURS);
    const votes: Record<string, number> = {};
    for (const hit of hits) votes[hit.intent as string] = (votes[hit.intent as string] ?? 0) + hit.score;
    // Strength: how much of the message the best example matched.
    const best = hits[0] ? Math.min(1, hits[0].queryTerms.length / Math.max(1, features.length)) : 0;
    return asShares(votes).map((s) => ({ ...s, strength: s.strength && best }));
  }

  toJSON() {
    return this.index.toJSON();
  }
}

export const nearestKind: ClassifierKind = {
  name: 'nearest examples (MiniSearch BM25, k=5)',
  train(examples: readonly Example[]) {
    const index = new MiniSearch<Doc>(options);
    index.addAll(examples.map((e, id) => ({ id, text: e.features.join(' '), intent: e.intent })));
    return new NearestClassifier(index);
  },
  load(saved: unknown) {
    return new NearestClassifier(MiniSearch.loadJS<Doc>(saved as Parameters<typeof MiniSearch.loadJS>[0], options));
  },
};
