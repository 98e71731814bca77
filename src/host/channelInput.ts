// What the person sent, in one shape whatever the channel: the words, and for a card tap the
// action it carries. Teams mentions ("<at>Navigator</at>") are removed; card data is checked.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { TurnInput } from '../../dialogs/root';
import { isTimeZone } from '../meetings/model';

/** Nothing a person needs to say is longer; the rest of a huge message is not read. */
export const MAX_INPUT_CHARS = 2000;

const CardSubmitSchema = z.object({
  action: z
    .string()
    .max(200)
    .regex(/^[a-z-]+(:[a-z0-9,=:-]*)?$/)
    .optional(),
  text: z.string().max(500).optional(),
});

export function readInput(activity: Partial<Activity>): TurnInput {
  let text = typeof activity.text === 'string' ? activity.text : '';
  const mention = mentionOf(activity.entities, activity.recipient?.id);
  if (mention) text = text.replace(mention, '').trim();
  text = text.replace(/<at>[^<]*<\/at>/g, ' ');
  // No value (a typed message) reads as an empty submit: same result, without building zod's error.
  const submitted = CardSubmitSchema.safeParse(activity.value ?? {});
  const action = submitted.success ? submitted.data.action : undefined;
  if (!text.trim() && submitted.success && submitted.data.text) text = submitted.data.text;
  return { text: text.slice(0, MAX_INPUT_CHARS), action };
}

/**
 * The text of the first mention of the bot, as TurnContext.removeMentionText finds it, but read
 * defensively: entities come from the sender, and one without `mentioned` must not fail the turn.
 */
function mentionOf(entities: unknown, botId: string | undefined): string | undefined {
  if (!Array.isArray(entities) || !botId) return undefined;
  for (const entity of entities as unknown[]) {
    const e = entity as { type?: unknown; mentioned?: { id?: unknown } | null; text?: unknown } | null;
    if (
      typeof e?.type === 'string' &&
      e.type.toLowerCase() === 'mention' &&
      e.mentioned?.id === botId &&
      typeof e.text === 'string' &&
      e.text
    )
      return e.text;
  }
  return undefined;
}

/** The IANA time zone the client reports (Web Chat sends `localTimezone`), when it is a real one. */
export function clientTimeZone(activity: Partial<Activity>): string | undefined {
  const zone = activity.localTimezone;
  return typeof zone === 'string' && zone.length <= 64 && isTimeZone(zone) ? zone : undefined;
}
