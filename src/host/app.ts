// Builds the whole bot from configuration: content, understanding, storage, adapter, server.
// Tests build it the same way, with their own storage, logger and ports.
import type { Storage } from 'botbuilder';
import type { BotContent } from '../../content/botContent';
import { loadBotContentFast } from '../../content/snapshot';
import { defaultContentDir } from '../../content/load';
import { lookupEntries } from '../../content/query';
import { say } from '../../content/text';
import type { DialogKit } from '../../dialogs/turn';
import { createAdapter, type AdapterOptions } from './adapter';
import { NavigatorBot, ReplyFailedError } from './bot';
import type { Config } from './config';
import { Logger } from './log';
import { createMeetingKit, type MeetingKit } from '../meetings';
import { warmUpPlaces } from '../meetings/places';
import { warmUpWhen } from '../meetings/when';
import { meetingKitFromConfig } from '../meetings/fromConfig';
import { createServer } from './server';
import { IdleWarmUp, type WarmUpTask } from './startup/idleWarmUp';
import { rehearseTurns } from './startup/rehearseTurns';
import { ConversationRateLimiter } from './http/conversationRateLimit';
import { isLoopbackServiceUrl } from './http/developmentServiceUrls';
import { ConversationStore } from './state/conversationStore';
import { createStateStorage, storageHealthCheck } from './state/createStateStorage';
import { StateStoreUnavailableError } from './state/storageErrors';
import { PhraseBook } from '../understand/lexicon';
import type { Locale } from '../../content/schema';
import { guessLanguage, localeFromTag } from '../understand/language';
import { UnderstandingModel } from '../understand/nlu/model';
import { loadCrisisModel } from './startup/crisisModel';
import { loadTextLookup } from '../understand/lookupSnapshot';
import { warmUpRecognizers } from '../understand/recognizers';
import { registerWebRoutes } from './web';
import { registerMetricsRoute } from './http/metricsRoute';
import type { KnownIds } from '../telemetry/labels';
import { knownIntents } from '../../content/intentSchema';
import { createTelemetry, type ExtraTelemetryDestinations } from '../telemetry/setup';

export interface AppOptions {
  storage?: Storage;
  logger?: Logger;
  kit?: DialogKit;
  authOverrides?: AdapterOptions['authOverrides'];
  credentialsFactory?: AdapterOptions['credentialsFactory'];
  outboundRetry?: AdapterOptions['outboundRetry'];
  /** The clock, for tests ("tonight" in a meeting search is read against it). */
  now?: () => number;
  /** In-memory telemetry readers and exporters (tests and the benchmark). */
  telemetry?: ExtraTelemetryDestinations;
}

/** The ids telemetry may use as labels: the content's intents, groups and finder questions. */
export function knownIds(content: BotContent): KnownIds {
  return {
    intents: knownIntents(content.content),
    groups: new Set(content.content.groups.map((g) => g.id)),
    questions: new Set(content.finder.questions.map((q) => q.id)),
  };
}

/**
 * Models that no first turn needs, loaded after the server listens, in idle time (each also loads
 * on first use): recognizers read answers to choices already offered; meetings need a search.
 */
export function backgroundWarmUps(meetings?: MeetingKit, understanding?: UnderstandingModel, kit?: DialogKit): WarmUpTask[] {
  return [
    // The meeting feeds shipped with the bot (read on first use otherwise).
    ...(meetings ? [{ name: 'meetings: shipped feeds', run: () => void meetings.directory.feeds() }] : []),
    ...(understanding
      ? [
          { name: 'understanding en', run: () => understanding.warmUp('en') },
          { name: 'understanding es', run: () => understanding.warmUp('es') },
        ]
      : []),
    { name: 'recognizers en', run: () => warmUpRecognizers(['en']) },
    { name: 'recognizers es', run: () => warmUpRecognizers(['es']) },
    // What warmUpMeetings() does, one model per task (each ~250-400 ms), so that a turn arriving
    // meanwhile waits for one at most.
    { name: 'meetings: places', run: () => warmUpPlaces() },
    { name: 'meetings: date-time en', run: () => warmUpWhen(['en']) },
    { name: 'meetings: date-time es', run: () => warmUpWhen(['es']) },
    // Last, with every model loaded: a few meeting searches worked out and dropped, so that the
    // first person's search does not pay for compiling and optimizing each step.
    ...(kit ? rehearsedSearches(kit) : []),
  ];
}

/** Meeting searches worked out and dropped (src/host/startup/rehearseTurns.ts); none without meetings. */
export function rehearsedSearches(kit: DialogKit): WarmUpTask[] {
  if (!kit.meetings) return [];
  return [
    { name: 'meetings: rehearsed searches en', run: () => void rehearseTurns(kit, ['en']) },
    { name: 'meetings: rehearsed searches es', run: () => void rehearseTurns(kit, ['es']) },
  ];
}

/** Content and the understanding built from it: loaded and validated once per process. */
export function createDialogKit(content: BotContent = loadBotContentFast(), meetings?: MeetingKit): DialogKit {
  const phrases = new PhraseBook(content.lexicon);
  const entries = lookupEntries(content.content);
  const lookup = loadTextLookup(entries, phrases.stopwords);
  return {
    content,
    phrases,
    lookup,
    understanding: new UnderstandingModel(
      { intents: content.intents, lexicon: content.lexicon, topics: content.content.topics },
      lookup,
      entries,
    ),
    crisis: content.crisis,
    crisisModel: loadCrisisModel(defaultContentDir(), undefined, content).model,
    // Without configured feeds: the shipped sample meetings (createApp passes what MEETING_FEEDS configures).
    meetings: meetings ?? createMeetingKit({ dataDir: defaultContentDir() }),
  };
}

export function createApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? new Logger(config.LOG_LEVEL);
  const content = options.kit?.content ?? loadBotContentFast();
  const meetings = meetingKitFromConfig(config, content.content.groups, defaultContentDir(), logger, options.now);
  const kit: DialogKit = options.kit ? { ...options.kit, meetings } : createDialogKit(content, meetings);
  const storage = options.storage ?? createStateStorage(config, logger);
  const store = new ConversationStore(storage, config.ID_HASH_SALT);
  const telemetry = createTelemetry(config, knownIds(kit.content), options.telemetry);
  const bot = new NavigatorBot(kit, store, {
    telemetry,
    stateTtlMs: config.STATE_TTL_MINUTES * 60_000,
    now: options.now,
    onWriteConflict: (attempt) => logger.info('state_write_conflict', { detail: `turn worked out again after attempt ${attempt}` }),
  });
  const adapter = createAdapter({
    config,
    logger,
    authOverrides: options.authOverrides,
    credentialsFactory: options.credentialsFactory,
    outboundRetry: options.outboundRetry,
    onTurnError: (context, error) => telemetry.error(errorKind(error), context.activity.channelId),
    errorMessage: (context, error) =>
      say(
        kit.content.messages,
        error instanceof StateStoreUnavailableError ? 'stateUnavailable' : 'turnError',
        errorLocale(context.activity),
      ),
  });
  const rateLimiter = new ConversationRateLimiter({ limit: config.RATE_LIMIT_MESSAGES, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  // Without an app id nobody is authenticated: answer only serviceUrls on this machine.
  const allowServiceUrl = config.MicrosoftAppId ? undefined : isLoopbackServiceUrl;
  const server = createServer({
    adapter,
    bot,
    logger,
    maxBodyBytes: config.MAX_BODY_BYTES,
    health: storageHealthCheck(storage),
    rateLimiter,
    allowServiceUrl,
    meetingFeeds: () => meetings.directory.health(),
  });
  registerWebRoutes(server, { config, adapter, bot, logger });
  if (config.METRICS_TOKEN && telemetry.prometheus) registerMetricsRoute(server, config.METRICS_TOKEN, telemetry.prometheus, logger);
  server.server.once('close', () => void telemetry.shutdown());
  // index.ts starts it once listening: see src/host/startup/idleWarmUp.ts.
  const warmUp = new IdleWarmUp(backgroundWarmUps(kit.meetings, kit.understanding, kit), { logger }).watch(server.server);
  server.server.once('close', () => warmUp.stop());
  // Meeting feeds are read now and on a schedule, until the server closes. Once the configured
  // feeds are first read, the searches are rehearsed again over their meetings: the first
  // searches over tens of thousands of meetings are the slow ones.
  const firstRead = meetings.directory.start();
  if (config.MEETING_FEEDS.length > 0) void firstRead.then(() => warmUp.add(rehearsedSearches(kit)));
  server.server.once('close', () => meetings.directory.stop());
  return { server, adapter, bot, kit, logger, store, warmUp, telemetry };
}

/**
 * The language of an error reply, when the conversation's own may not be readable: the channel's
 * locale, else the language of the message itself (SMS sends no locale).
 */
function errorLocale(activity: { locale?: string; text?: string }): Locale {
  return localeFromTag(activity.locale) ?? (guessLanguage(activity.text ?? '') === 'es' ? 'es' : 'en');
}

function errorKind(error: unknown): 'state' | 'reply' | 'turn' {
  if (error instanceof StateStoreUnavailableError) return 'state';
  return error instanceof ReplyFailedError ? 'reply' : 'turn';
}
