// Crisis help: emergency resources first, then a gentle way back to where the person was.
import type { CrisisKind } from '../src/safety';
import { buildCrisisReply } from '../src/safety';
import { text, type Choice } from '../src/render/reply';
import type { Locale } from '../content/schema';
import type { Turn } from './turn';

/** `language` is the language the crisis was written in: a Spanish cry for help gets Spanish help. */
export function showCrisisHelp(turn: Turn, kind: CrisisKind | 'general', language: Locale = turn.locale): void {
  turn.record({ type: 'crisis', kind });
  const crisis = buildCrisisReply(kind, language, turn.kit.crisis);
  const choices: Choice[] = [];
  if (turn.state.finder?.asking) choices.push(turn.choice('crisisContinue', 'resume'));
  choices.push(turn.choice('crisisMenu', 'menu'));
  turn.reply([text(crisis.lead), { kind: 'points', items: crisis.steps }, text(crisis.followUp)], choices, { urgent: true });
}
