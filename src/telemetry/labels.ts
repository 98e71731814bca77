// Metric attributes come from closed lists only. A forged channel id or an unknown intent
// becomes "other": nothing a request carries can add a label value (or a time series).

/** Channels with a meaning here; anything else is "other". */
export const CHANNEL_LABELS = ['webchat', 'directline', 'msteams', 'sms', 'emulator', 'test'] as const;
export type ChannelLabel = (typeof CHANNEL_LABELS)[number] | 'other';

const CHANNELS: ReadonlySet<string> = new Set(CHANNEL_LABELS);

export function channelLabel(channelId: string | undefined): ChannelLabel {
  return channelId && CHANNELS.has(channelId) ? (channelId as ChannelLabel) : 'other';
}

/** Confidence in three bands, which is what a dashboard needs (and bounds the series). */
export type ConfidenceBand = 'high' | 'medium' | 'low';

export const CONFIDENCE_BANDS = { high: 0.8, medium: 0.5 } as const;

export function confidenceBand(confidence: number): ConfidenceBand {
  if (confidence >= CONFIDENCE_BANDS.high) return 'high';
  if (confidence >= CONFIDENCE_BANDS.medium) return 'medium';
  return 'low';
}

/** The ids a label may take, from the content: intents, groups and finder questions. */
export interface KnownIds {
  intents: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

export function known(ids: ReadonlySet<string>, id: string | undefined): string {
  return id !== undefined && ids.has(id) ? id : 'other';
}
