// The one place that knows which channel shows what: a reply in, activities out.
import { ActivityTypes, type Activity } from 'botbuilder';
import { toSmsText } from './gsm7';
import { numberedChoices, partAsText } from './plainText';
import { allParts, type Reply } from './reply';
import { renderForSms, type SmsOptions } from './sms';
import { renderForTeams } from './teams';
import { renderForWeb } from './web';

export type { Reply, Choice, ReplyPart } from './reply';

export interface Rendering {
  activities: Partial<Activity>[];
  /** Text held back for "more" (SMS keeps long details for when they are asked for). */
  heldBack: string[];
}

export function renderReply(reply: Reply, channelId: string, sms: SmsOptions): Rendering {
  switch (channelId) {
    case 'webchat':
    case 'directline':
    case 'emulator':
      return { activities: renderForWeb(reply), heldBack: [] };
    case 'msteams':
      return { activities: renderForTeams(reply), heldBack: [] };
    case 'sms':
      return renderForSms(reply, sms);
    default:
      return { activities: renderAsPlainText(reply), heldBack: [] };
  }
}

/** Any other channel: text with a numbered list of choices. */
export function renderAsPlainText(reply: Reply): Partial<Activity>[] {
  const blocks = allParts(reply).map(partAsText);
  if (reply.prompt) blocks.push(reply.prompt);
  if (reply.choices.length) blocks.push(numberedChoices(reply.choices));
  return [{ type: ActivityTypes.Message, text: toSmsText(blocks.join('\n\n'), false) }];
}
