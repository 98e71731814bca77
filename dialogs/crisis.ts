// Crisis help: emergency resources first, then a gentle way back to where the person was.
import type { CrisisKind } from '../src/safety';
import { buildCrisisReply } from '../src/safety';
import { text, type Choice } from '../src/render/reply';
import type { Turn } from './turn';

export function showCrisisHelp(turn: Turn, kind: CrisisKind | 'general'): void {
  const crisis = buildCrisisReply(kind, turn.locale, turn.kit.crisis);
  const choices: Choice[] = [];
  if (turn.state.finder?.asking) choices.push(turn.choice('crisisContinue', 'resume'));
  choices.push(turn.choice('crisisMenu', 'menu'));
  turn.reply([text(crisis.lead), { kind: 'points', items: crisis.steps }, text(crisis.followUp)], choices, { urgent: true });
}
