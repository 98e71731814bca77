// Part of `npm run build`: validates the content and writes dist/content-snapshot.json, which
// start-up reads instead of the YAML files (see content/snapshot.ts), and the search index built
// from it, dist/lookup-index.json (see src/understand/lookupSnapshot.ts), the intent models
// dist/nlu-model-<language>.json (see src/understand/nlu/model.ts), and the learned crisis
// check's model, dist/crisis-model.bin (see src/host/startup/crisisModel.ts), and the strings
// each crisis rule and finder pattern needs, dist/crisis-prefilter.json and
// dist/finder-prefilter.json (see src/understand/literalPrefilter.ts).
import { ContentError } from '../content/load';
import { lookupEntries } from '../content/query';
import { writeContentSnapshot } from '../content/snapshot';
import { PhraseBook } from '../src/understand/lexicon';
import { TextLookup } from '../src/understand/lookup';
import { writeLookupIndex } from '../src/understand/lookupSnapshot';
import { UnderstandingModel } from '../src/understand/nlu/model';
import { writeCrisisModel } from '../src/host/startup/crisisModel';
import { writePrefilters } from './build/prefilters';

try {
  const content = writeContentSnapshot();
  const entries = lookupEntries(content.content);
  const stopwords = new PhraseBook(content.lexicon).stopwords;
  writeLookupIndex(entries, stopwords);
  // The intent model, trained here and never at run time (src/understand/nlu/model.ts).
  new UnderstandingModel(
    { intents: content.intents, lexicon: content.lexicon, topics: content.content.topics },
    new TextLookup(entries, stopwords),
    entries,
  ).writeModels();
  writeCrisisModel(undefined, undefined, content);
  writePrefilters(content.finder);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  console.error('The content is invalid: fix the files above (npm run content:check shows the same).');
  process.exit(1);
}
