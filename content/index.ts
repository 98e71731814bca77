// The content module: schemas and types, the loader, and the query API.
export * from './schema';
export type { Content } from './types';
export {
  ContentError,
  checkYamlFile,
  defaultContentDir,
  displayPath,
  loadContent,
  readYamlFile,
  repoRoot,
  type YamlResult,
} from './load';
export {
  coversSubstance,
  getGroup,
  getTopic,
  listGroups,
  listTopics,
  lookupEntries,
  matchesFilter,
  type GroupFilter,
  type LookupEntry,
} from './query';
