// The loaded, validated content, with lookups by id. Built once by loadContent().
import type { Group, Topic } from './schema';

export interface Content {
  readonly groups: readonly Group[];
  readonly topics: readonly Topic[];
  readonly groupsById: ReadonlyMap<string, Group>;
  readonly topicsById: ReadonlyMap<string, Topic>;
}
