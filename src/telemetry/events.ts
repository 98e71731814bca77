// What a turn may report about itself. Every field is a closed choice or a number: there is no
// place in these events for what a person wrote, who they are, or where they are.
import type { CrisisReplyKind } from '../../content/crisisSchema';

/** Steps of the finder, counted to see where people stop. */
export type FinderStep = 'started' | 'answered' | 'completed' | 'abandoned';

/** How a meeting search ended: it ran and found meetings, found none, or a list could not be read. */
export type MeetingSearchOutcome = 'found' | 'empty' | 'failed';

/** A likely reading of a message that was not understood well enough, with its score (0..1). */
export interface IntentCandidate {
  intent: string;
  score: number;
}

export type TurnEvent =
  | { type: 'intent'; intent: string; confidence: number }
  | { type: 'clarify'; candidates: IntentCandidate[] }
  | { type: 'not-understood'; candidates: IntentCandidate[] }
  | { type: 'finder'; step: FinderStep; question?: string }
  | { type: 'recommended'; groups: string[] }
  | { type: 'crisis'; kind: CrisisReplyKind }
  | { type: 'meeting-search'; outcome: MeetingSearchOutcome };

/** Where a turn's events go. Dialogs hold one per turn; the bot hands them to telemetry. */
export interface TurnEventSink {
  record(event: TurnEvent): void;
}
