// Misspelled words read as the word the model knows: "cn you recomend a grup" has no word the
// model learned, so it reads nothing; "recomend" and "grup" are one letter away from "recommend"
// and "group", which it knows well. A word the model does not know is replaced by the known word
// one edit away (MiniSearch's radix tree finds them), so every misspelling of every training
// word is read, not only the ones someone wrote into the examples.
import type SearchableMap from 'minisearch/dist/es/SearchableMap';
import { isPlaceholder, NEGATED } from './features';

/**
 * The package exports its radix tree as 'minisearch/SearchableMap', a path this project's module
 * resolution (commonjs, node10) cannot type; the types come from the file it resolves to. Loaded
 * when first needed, not at start-up.
 */
function radixMap(): SearchableMap<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const RadixMap = require('minisearch/SearchableMap') as typeof SearchableMap;
  return new RadixMap<number>();
}

/**
 * Shorter words are left alone: one edit turns too many short words into other real ones
 * ("mom" and "mon", "use" and "us"), and short words are rarely misspelled.
 */
const MIN_LENGTH = 4;
/** Two edits only for long words, where a second slip is common and a collision is not. */
const TWO_EDITS_FROM = 8;

export class SpellingCorrector {
  private map?: SearchableMap<number>;

  /**
   * `known`: whether the model knows a feature. `vocabulary`: the features it knows, the most
   * useful first; asked for only when a message holds a word the model does not know.
   */
  constructor(
    private readonly known: { has(feature: string): boolean },
    private readonly vocabulary: () => readonly string[],
  ) {}

  /** Builds the index of known words now (about 10 ms), not on the first misspelled message. */
  warmUp(): void {
    this.index();
  }

  /** The features with each unknown plain word replaced by the known word closest to it, if any. */
  correct(features: readonly string[]): string[] {
    if (features.every((f) => this.known.has(f))) return features.slice();
    return [...new Set(features.map((f) => this.correctFeature(f)))];
  }

  private correctFeature(feature: string): string {
    if (this.known.has(feature)) return feature;
    // "not_religon": the negation mark stays, the word after it is corrected.
    const negated = feature.startsWith(NEGATED);
    const word = negated ? feature.slice(NEGATED.length) : feature;
    // Placeholders (zzgroup, zznumber) and words with digits are not words to correct.
    if (word.length < MIN_LENGTH || isPlaceholder(word) || /\d/.test(word)) return feature;
    const corrected = this.closest(word);
    return corrected === undefined ? feature : negated ? `${NEGATED}${corrected}` : corrected;
  }

  /**
   * The known word fewest edits away. Among equals, a longer one first: a dropped letter is the
   * commonest slip in typed messages ("wich" is "which" before it is "with"); then the one
   * listed first in the vocabulary.
   */
  private closest(word: string): string | undefined {
    const found = this.index().fuzzyGet(word, word.length >= TWO_EDITS_FROM ? 2 : 1);
    let best: { word: string; distance: number; rank: number } | undefined;
    for (const [candidate, [rank, distance]] of found) {
      if (candidate.length < MIN_LENGTH) continue;
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          (candidate.length > best.word.length || (candidate.length === best.word.length && rank < best.rank)));
      if (better) best = { word: candidate, distance, rank };
    }
    return best?.word;
  }

  private index(): SearchableMap<number> {
    if (!this.map) {
      const map = radixMap();
      this.vocabulary().forEach((w, rank) => !w.startsWith(NEGATED) && map.set(w, rank));
      this.map = map;
    }
    return this.map;
  }
}
