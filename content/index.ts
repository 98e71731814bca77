// The content module: schemas and types, the loader, and the query API.
export * from './schema';
export type { Content } from './types';
export { ContentError, checkYamlFile, defaultContentDir, displayPath, loadContent, readYamlFile, repoRoot, type YamlResult } from './load';
export { getGroup, getTopic, lookupEntries, type LookupEntry } from './query';
