// YAML text to plain data, quickly. The `yaml` library took ~100 ms of every start-up to read the
// content (bench/RESULTS.md); js-yaml reads the same files in ~25 ms. Only a file js-yaml rejects
// is read again with `yaml`, loaded just then, whose errors name the line and column for the
// person editing the file. Both read YAML 1.2 with the core schema (no merge keys, no dates);
// tests/content/parseYaml.test.ts checks that they agree on every content file.
// Neither parser is loaded by a start-up that reads the build's content snapshot.
import type * as JsYaml from 'js-yaml';
import type * as Yaml from 'yaml';

/** The data of a well-formed single-document file, or undefined to take the slow, explaining path. */
export function parseYamlFast(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CORE_SCHEMA, load } = require('js-yaml') as typeof JsYaml;
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The full parse, with positions and messages for every error. */
export function parseYamlDocument(text: string): Yaml.Document.Parsed {
  // Loaded here, not imported: a start-up with valid content never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseDocument } = require('yaml') as typeof Yaml;
  return parseDocument(text, { prettyErrors: true, uniqueKeys: true });
}
