// Microsoft Teams: the whole reply as one Adaptive Card 1.5, choices as Action.Submit with object data.
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import { copyTextToggle, replyCard } from './adaptiveCard';
import { partAsText } from './plainText';
import { allParts, type Reply } from './reply';

export function renderForTeams(reply: Reply): Partial<Activity>[] {
  const card = replyCard({ ...reply, parts: allParts(reply) });
  if (reply.copyText) card.body.push(copyTextToggle(reply.copyText));
  return [
    {
      type: ActivityTypes.Message,
      // A short plain summary for notifications and screen readers; the card carries the reply.
      summary: reply.parts.length ? partAsText(reply.parts[0]).slice(0, 120) : undefined,
      attachments: [CardFactory.adaptiveCard(card)],
    },
  ];
}
