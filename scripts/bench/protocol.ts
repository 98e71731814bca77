// Messages between the benchmark and the bot processes it forks (Node IPC).

/** `navigator-telemetry`: the navigator with telemetry on, into in-memory exporters. */
export type BotKind = 'navigator' | 'echo' | 'navigator-telemetry';

export type ToBot =
  | { type: 'stats'; gc?: boolean }
  | { type: 'storage' }
  | { type: 'settle' }
  | { type: 'stop' }
  | { type: 'meetings' }
  | { type: 'refresh' }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string };

/** The navigator's meeting feeds: how many have a copy, how many meetings, how many failing. */
export interface MeetingStats {
  type: 'meetings';
  feeds: number;
  loaded: number;
  failing: number;
  meetings: number;
}

export interface BotStats {
  type: 'stats';
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  /** Memory outside the JavaScript heap held by JavaScript objects (buffers). */
  externalBytes: number;
  /** User + system CPU time of the bot process since it started. */
  cpuMs: number;
  /** Turns that failed inside the bot (onTurnError or a logged error). */
  turnErrors: number;
}

export interface StorageStats {
  type: 'storage';
  records: number;
  /** UTF-8 size of each stored record's JSON, as MemoryStorage holds it. */
  recordBytes: number[];
  keyBytes: number;
}

export type FromBot =
  /** Start-up work scheduled after listening (idle warm-up) has finished. */
  | { type: 'settled' }
  | { type: 'listening'; port: number; /** ms from process start to listening */ startupMs: number; phases?: Record<string, number> }
  | BotStats
  | StorageStats
  | MeetingStats
  /** A full read of every meeting feed has finished. */
  | { type: 'refreshed'; ms: number }
  /** The CPU profiler started, or stopped and wrote its profile. */
  | { type: 'profiling' }
  | { type: 'profiled'; file: string };
