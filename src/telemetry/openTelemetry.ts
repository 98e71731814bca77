// Telemetry through the OpenTelemetry API: one trace per turn (its stages as child spans) and
// the counters and histograms below. Attributes come only from ./labels.ts's closed lists, so
// no message text, id, phone number or address can reach an exporter, whatever a request holds.
import { ROOT_CONTEXT, SpanStatusCode, trace, type Attributes, type Meter, type Span, type Tracer } from '@opentelemetry/api';
import type { IntentCandidate, TurnEvent } from './events';
import { channelLabel, confidenceBand, known, type KnownIds } from './labels';
import { LocaleSchema } from '../../content/schema';
import type { ErrorKind, Telemetry, TurnStage, TurnTelemetry } from './telemetry';

const LANGUAGES: ReadonlySet<string> = new Set(LocaleSchema.options);

/** How many likely readings of a message that was not understood are kept (intents, never words). */
const GAP_CANDIDATES = 3;

/** Milliseconds: a turn is usually a few; a slow store or a cold model can take a second or more. */
const DURATION_BUCKETS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

export const METRIC_NAMES = {
  turns: 'navigator.turns',
  turnDuration: 'navigator.turn.duration',
  intents: 'navigator.intents',
  clarifications: 'navigator.clarifications',
  notUnderstood: 'navigator.not_understood',
  contentGaps: 'navigator.content_gaps',
  finder: 'navigator.finder.steps',
  recommendations: 'navigator.recommendations',
  crisisReplies: 'navigator.crisis_replies',
  meetingSearches: 'navigator.meeting_searches',
  errors: 'navigator.errors',
} as const;

export class OpenTelemetry implements Telemetry {
  private readonly turns;
  private readonly turnDuration;
  private readonly intents;
  private readonly clarifications;
  private readonly notUnderstood;
  private readonly contentGaps;
  private readonly finder;
  private readonly recommendations;
  private readonly crisisReplies;
  private readonly meetingSearches;
  private readonly errors;

  constructor(
    meter: Meter,
    private readonly tracer: Tracer,
    private readonly ids: KnownIds,
    readonly prometheus?: () => Promise<string>,
    private readonly providers: { forceFlush(): Promise<void>; shutdown(): Promise<void> }[] = [],
  ) {
    const counter = (name: string, description: string) => meter.createCounter(name, { description });
    this.turns = counter(METRIC_NAMES.turns, 'Turns answered, by channel and language');
    this.turnDuration = meter.createHistogram(METRIC_NAMES.turnDuration, {
      description: 'Time to work out and send a turn',
      unit: 'ms',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    });
    this.intents = counter(METRIC_NAMES.intents, 'Messages understood, by intent and confidence band');
    this.clarifications = counter(METRIC_NAMES.clarifications, 'Clarifying questions asked');
    this.notUnderstood = counter(METRIC_NAMES.notUnderstood, '"Not understood" replies');
    this.contentGaps = counter(
      METRIC_NAMES.contentGaps,
      'Likely intents of messages answered with a clarifying question or not understood, by rank and score band',
    );
    this.finder = counter(METRIC_NAMES.finder, 'Finder steps: started, answered (per question), completed, abandoned');
    this.recommendations = counter(METRIC_NAMES.recommendations, 'Groups shown as recommendations, by group id');
    this.crisisReplies = counter(METRIC_NAMES.crisisReplies, 'Crisis replies, by kind and channel');
    this.meetingSearches = counter(METRIC_NAMES.meetingSearches, 'Meeting searches, by outcome');
    this.errors = counter(METRIC_NAMES.errors, 'State, reply and other turn errors');
  }

  startTurn(channelId: string | undefined): TurnTelemetry {
    return new ObservedTurn(this, channelLabel(channelId), this.tracer);
  }

  error(kind: ErrorKind, channelId?: string): void {
    this.errors.add(1, { kind, channel: channelLabel(channelId) });
  }

  async flush(): Promise<void> {
    await Promise.allSettled(this.providers.map((p) => p.forceFlush()));
  }

  async shutdown(): Promise<void> {
    await Promise.allSettled(this.providers.map((p) => p.shutdown()));
  }

  /** Counts what one turn reported. */
  count(channel: string, language: string, durationMs: number, events: readonly TurnEvent[]): void {
    this.turns.add(1, { channel, language });
    this.turnDuration.record(durationMs, { channel });
    for (const event of events) {
      switch (event.type) {
        case 'intent':
          this.intents.add(1, { intent: known(this.ids.intents, event.intent), confidence: confidenceBand(event.confidence) });
          break;
        case 'clarify':
          this.clarifications.add(1, { channel });
          this.countGaps('clarify', event.candidates);
          break;
        case 'not-understood':
          this.notUnderstood.add(1, { channel });
          this.countGaps('not-understood', event.candidates);
          break;
        case 'finder':
          this.finder.add(
            1,
            event.step === 'answered' ? { step: event.step, question: known(this.ids.questions, event.question) } : { step: event.step },
          );
          break;
        case 'recommended':
          for (const group of event.groups) this.recommendations.add(1, { group: known(this.ids.groups, group) });
          break;
        case 'crisis':
          this.crisisReplies.add(1, { kind: event.kind, channel });
          break;
        case 'meeting-search':
          this.meetingSearches.add(1, { outcome: event.outcome });
          break;
      }
    }
  }

  private countGaps(outcome: 'clarify' | 'not-understood', candidates: readonly IntentCandidate[]): void {
    candidates.slice(0, GAP_CANDIDATES).forEach((c, rank) => {
      this.contentGaps.add(1, { outcome, intent: known(this.ids.intents, c.intent), rank: rank + 1, score: confidenceBand(c.score) });
    });
  }
}

class ObservedTurn implements TurnTelemetry {
  private readonly events: TurnEvent[] = [];
  private readonly started = performance.now();
  private readonly span: Span;

  constructor(
    private readonly telemetry: OpenTelemetry,
    private readonly channel: string,
    private readonly tracer: Tracer,
  ) {
    this.span = tracer.startSpan('turn', { attributes: { 'navigator.channel': channel } });
  }

  record(event: TurnEvent): void {
    this.events.push(event);
  }

  stage<T>(name: TurnStage, work: () => T): T {
    const span = this.tracer.startSpan(name, undefined, trace.setSpan(ROOT_CONTEXT, this.span));
    const done = (error?: unknown) => {
      if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      span.end();
    };
    try {
      const result = work();
      if (result instanceof Promise) {
        return result.then(
          (value) => (done(), value),
          (error) => {
            done(error);
            throw error;
          },
        ) as T;
      }
      done();
      return result;
    } catch (error) {
      done(error);
      throw error;
    }
  }

  end(language: string): void {
    const durationMs = performance.now() - this.started;
    // The conversation's language is one of the content's locales; anything else is not a label.
    const lang = LANGUAGES.has(language) ? language : 'other';
    const attributes: Attributes = { 'navigator.language': lang };
    const intent = this.events.find((e) => e.type === 'intent');
    if (intent?.type === 'intent') attributes['navigator.confidence'] = confidenceBand(intent.confidence);
    this.span.setAttributes(attributes);
    this.span.end();
    this.telemetry.count(this.channel, lang, durationMs, this.events);
  }
}
