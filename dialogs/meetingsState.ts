// What a meeting search remembers between turns: the search itself (for "more", "another day",
// "online instead") and the question waiting for an answer. Small: a place is kept as its label
// and coordinates, times as resolved instants.
import { z } from 'zod';
import { MEETING_FILTER_IDS } from '../src/meetings';

const PlaceStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('online') }),
  z.object({
    kind: z.literal('near'),
    label: z.string().max(60),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
]);

export const MeetingSearchStateSchema = z.object({
  /** Content group ids; empty = every fellowship with a feed. */
  fellowships: z.array(z.string().max(60)).max(6).default([]),
  filters: z.array(z.enum(MEETING_FILTER_IDS)).max(MEETING_FILTER_IDS.length).default([]),
  inPersonOnly: z.boolean().default(false),
  place: PlaceStateSchema.optional(),
  /** Unix-ms windows; none = the next week. */
  windows: z
    .array(z.object({ from: z.number(), to: z.number() }))
    .max(16)
    .optional(),
  timeZone: z.string().max(64),
  /** The question waiting for an answer. */
  asking: z.enum(['place', 'day']).optional(),
  /** How many results have been shown, for "more". */
  shown: z.number().int().min(0).max(100).default(0),
});

export type MeetingSearchState = z.infer<typeof MeetingSearchStateSchema>;
