// The one place that knows which channel shows what: a reply in, activities out.
import { ActivityTypes, type Activity } from 'botbuilder';
import { toSmsText } from './gsm7';
import { numberedChoices, partAsText } from './plainText';
import type { Reply } from './reply';
import { renderForSms, type SmsOptions } from './sms';
import { renderForTeams } from './teams';
import { renderForWeb } from './web';

export type { Reply, Choice, ReplyPart } from './reply';

export function renderReply(reply: Reply, channelId: string, sms: SmsOptions): Partial<Activity>[] {
  switch (channelId) {
    case 'webchat':
    case 'directline':
    case 'emulator':
      return renderForWeb(reply);
    case 'msteams':
      return renderForTeams(reply);
    case 'sms':
      return renderForSms(reply, sms);
    default:
      return renderAsPlainText(reply);
  }
}

/** Any other channel: text with a numbered list of choices. */
export function renderAsPlainText(reply: Reply): Partial<Activity>[] {
  const blocks = reply.parts.map(partAsText);
  if (reply.prompt) blocks.push(reply.prompt);
  if (reply.choices.length) blocks.push(numberedChoices(reply.choices));
  return [{ type: ActivityTypes.Message, text: toSmsText(blocks.join('\n\n')) }];
}
