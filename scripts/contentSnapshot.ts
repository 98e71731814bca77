// Part of `npm run build`: validates the content and writes dist/content-snapshot.json, which
// start-up reads instead of the YAML files (see content/snapshot.ts).
import { ContentError } from '../content/load';
import { writeContentSnapshot } from '../content/snapshot';

try {
  writeContentSnapshot();
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  console.error('The content is invalid: fix the files above (npm run content:check shows the same).');
  process.exit(1);
}
