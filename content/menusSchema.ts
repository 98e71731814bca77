// The shape of content/data/menus.yaml: the groups and topics the menus and suggestions offer.
// Dialogs read these ids instead of naming groups or topics themselves, so renaming or removing
// one fails content validation (and `npm run content:check`) rather than leaving a menu short.
import path from 'node:path';
import { z } from 'zod';
import { IdSchema } from './schema';
import type { Content } from './types';

const Ids = z.array(IdSchema).min(1);
const TopicMenuSchema = z.object({ intro: IdSchema, topics: Ids }).strict();

export const MenusSchema = z
  .object({
    learn: TopicMenuSchema,
    meetings: TopicMenuSchema,
    compare: z.object({ common: Ids, alsoSuggest: Ids }).strict(),
    medicationTopic: IdSchema,
    firstMeetingTopic: IdSchema,
  })
  .strict();

export type Menus = z.infer<typeof MenusSchema>;

/** Every id must name a topic or a group that exists, as its place expects. */
export function checkMenuReferences(menus: Menus, content: Content, file: string): string[] {
  const shown = path.relative(process.cwd(), file) || file;
  const problems: string[] = [];
  const check = (kind: 'topic' | 'group', where: string, id: string) => {
    const known = kind === 'topic' ? content.topicsById.has(id) : content.groupsById.has(id);
    if (!known) problems.push(`${shown}: ${where}: no ${kind} with id "${id}"`);
  };
  const each = (kind: 'topic' | 'group', where: string, ids: readonly string[]) =>
    ids.forEach((id, i) => check(kind, `${where}[${i}]`, id));
  check('topic', 'learn.intro', menus.learn.intro);
  each('topic', 'learn.topics', menus.learn.topics);
  check('topic', 'meetings.intro', menus.meetings.intro);
  each('topic', 'meetings.topics', menus.meetings.topics);
  each('group', 'compare.common', menus.compare.common);
  each('group', 'compare.alsoSuggest', menus.compare.alsoSuggest);
  check('topic', 'medicationTopic', menus.medicationTopic);
  check('topic', 'firstMeetingTopic', menus.firstMeetingTopic);
  return problems;
}
