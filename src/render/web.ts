// Website widget (Web Chat over Direct Line): text, cards for details, suggested actions for choices.
import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Attachment } from 'botbuilder';
import { card, partElements } from './adaptiveCard';
import { listLines, partAsText } from './plainText';
import { allParts, type Reply } from './reply';

export function renderForWeb(reply: Reply): Partial<Activity>[] {
  const texts: string[] = [];
  const attachments: Attachment[] = [];
  for (const part of allParts(reply)) {
    if (part.kind === 'group' || part.kind === 'comparison' || part.kind === 'meetings')
      attachments.push(CardFactory.adaptiveCard(card(partElements(part))));
    else texts.push(part.kind === 'points' ? listLines(part.items, '*').join('\n') : partAsText(part));
  }
  if (reply.prompt) texts.push(reply.prompt);
  return [
    {
      type: ActivityTypes.Message,
      text: texts.join('\n\n'),
      textFormat: 'markdown',
      attachments: attachments.length ? attachments : undefined,
      attachmentLayout: attachments.length > 1 ? 'carousel' : undefined,
      suggestedActions: reply.choices.length
        ? { to: [], actions: reply.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })) }
        : undefined,
    },
  ];
}
