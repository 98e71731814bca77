// The bot's own view of how it is doing: counts and durations per turn, never words or ids.
// `Telemetry` is what the host calls; `noTelemetry` costs nothing and loads no SDK, and the
// OpenTelemetry implementation lives in ./openTelemetry.ts, loaded only when something is
// configured to receive it.
import type { TurnEvent, TurnEventSink } from './events';

/** The parts of a turn that are timed as spans. */
export type TurnStage = 'state.load' | 'understand' | 'decide' | 'state.save' | 'send';

/** Errors counted by kind: the state store failed, a reply could not be sent, or anything else. */
export type ErrorKind = 'state' | 'reply' | 'turn';

/** One turn being observed: its events, its timed stages, and how it ended. */
export interface TurnTelemetry extends TurnEventSink {
  stage<T>(name: TurnStage, work: () => T): T;
  /** `language` is the conversation's language at the end of the turn. */
  end(language: string): void;
}

export interface Telemetry {
  startTurn(channelId: string | undefined): TurnTelemetry;
  error(kind: ErrorKind, channelId?: string): void;
  /** The counters in Prometheus text format, when the /metrics endpoint is on. */
  readonly prometheus?: () => Promise<string>;
  /** Sends what is still buffered now. */
  flush(): Promise<void>;
  /** Sends what is still buffered and stops (on a clean stop). */
  shutdown(): Promise<void>;
}

const idleTurn: TurnTelemetry = {
  record: (_event: TurnEvent) => undefined,
  stage: (_name, work) => work(),
  end: () => undefined,
};

/** Telemetry off: every call is a no-op on a shared object. */
export const noTelemetry: Telemetry = {
  startTurn: () => idleTurn,
  error: () => undefined,
  flush: async () => undefined,
  shutdown: async () => undefined,
};
