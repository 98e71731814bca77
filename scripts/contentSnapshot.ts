// Part of `npm run build`: validates the content and writes dist/content-snapshot.json, which
// start-up reads instead of the YAML files (see content/snapshot.ts), and the search index built
// from it, dist/lookup-index.json (see src/understand/lookupSnapshot.ts), and the learned crisis
// check's model, dist/crisis-model.json (see src/startup/crisisModel.ts).
import { ContentError } from '../content/load';
import { lookupEntries } from '../content/query';
import { writeContentSnapshot } from '../content/snapshot';
import { PhraseBook } from '../src/understand/lexicon';
import { writeLookupIndex } from '../src/understand/lookupSnapshot';
import { writeCrisisModel } from '../src/startup/crisisModel';

try {
  const content = writeContentSnapshot();
  writeLookupIndex(lookupEntries(content.content), new PhraseBook(content.lexicon).stopwords);
  writeCrisisModel(undefined, undefined, content);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  console.error('The content is invalid: fix the files above (npm run content:check shows the same).');
  process.exit(1);
}
