// Builds the whole bot from configuration: content, understanding, storage, adapter, server.
// Tests build it the same way, with their own storage, logger and ports.
import type { Storage } from 'botbuilder';
import type { BotContent } from '../content/botContent';
import { loadBotContentFast } from '../content/snapshot';
import { defaultContentDir } from '../content/load';
import { lookupEntries } from '../content/query';
import { say } from '../content/text';
import type { DialogKit } from '../dialogs/turn';
import { createAdapter, type AdapterOptions } from './adapter';
import { NavigatorBot } from './bot';
import type { Config } from './config';
import { Logger } from './log';
import { createMeetingKit, type MeetingKit } from './meetings';
import { warmUpPlaces } from './meetings/places';
import { warmUpWhen } from './meetings/when';
import { meetingKitFromConfig } from './meetings/fromConfig';
import { createServer } from './server';
import { IdleWarmUp, type WarmUpTask } from './startup/idleWarmUp';
import { ConversationRateLimiter } from './http/conversationRateLimit';
import { ConversationStore } from './state/conversationStore';
import { createStateStorage, storageHealthCheck } from './state/createStateStorage';
import { StateStoreUnavailableError } from './state/storageErrors';
import { PhraseBook } from './understand/lexicon';
import { guessLanguage, localeFromTag } from './understand/language';
import { loadTextLookup } from './understand/lookupSnapshot';
import { loadCrisisModel } from './startup/crisisModel';
import { warmUpRecognizers } from './understand/recognizers';
import { registerWebRoutes } from './web';

export interface AppOptions {
  storage?: Storage;
  logger?: Logger;
  kit?: DialogKit;
  authOverrides?: AdapterOptions['authOverrides'];
  credentialsFactory?: AdapterOptions['credentialsFactory'];
  outboundRetry?: AdapterOptions['outboundRetry'];
  /** The clock, for tests ("tonight" in a meeting search is read against it). */
  now?: () => number;
}

/**
 * Models that no first turn needs, loaded after the server listens, in idle time (each also loads
 * on first use): recognizers read answers to choices already offered; meetings need a search.
 */
export function backgroundWarmUps(meetings?: MeetingKit): WarmUpTask[] {
  return [
    // The meeting feeds shipped with the bot (read on first use otherwise).
    ...(meetings ? [{ name: 'meetings: shipped feeds', run: () => void meetings.directory.feeds() }] : []),
    { name: 'recognizers en', run: () => warmUpRecognizers(['en']) },
    { name: 'recognizers es', run: () => warmUpRecognizers(['es']) },
    // What warmUpMeetings() does, one model per task (each ~250-400 ms), so that a turn arriving
    // meanwhile waits for one at most.
    { name: 'meetings: places', run: () => warmUpPlaces() },
    { name: 'meetings: date-time en', run: () => warmUpWhen(['en']) },
    { name: 'meetings: date-time es', run: () => warmUpWhen(['es']) },
  ];
}

/** Content and the understanding built from it: loaded and validated once per process. */
export function createDialogKit(content: BotContent = loadBotContentFast(), meetings?: MeetingKit): DialogKit {
  const phrases = new PhraseBook(content.lexicon);
  return {
    content,
    phrases,
    lookup: loadTextLookup(lookupEntries(content.content), phrases.stopwords),
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
  const bot = new NavigatorBot(kit, store, {
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
    errorMessage: (context, error) =>
      say(kit.content.messages, error instanceof StateStoreUnavailableError ? 'stateUnavailable' : 'turnError', errorLocale(context.activity)),
  });
  const rateLimiter = new ConversationRateLimiter({ limit: config.RATE_LIMIT_MESSAGES, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 });
  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.MAX_BODY_BYTES, health: storageHealthCheck(storage), rateLimiter });
  registerWebRoutes(server, { config, adapter, bot, logger });
  // Meeting feeds are read now and on a schedule, until the server closes.
  void meetings.directory.start();
  server.server.once('close', () => meetings.directory.stop());
  // index.ts starts it once listening: see src/startup/idleWarmUp.ts.
  const warmUp = new IdleWarmUp(backgroundWarmUps(kit.meetings), { logger }).watch(server.server);
  server.server.once('close', () => warmUp.stop());
  return { server, adapter, bot, kit, logger, store, warmUp };
}

/**
 * The language of an error reply, when the conversation's own may not be readable: the channel's
 * locale, else the language of the message itself (SMS sends no locale).
 */
function errorLocale(activity: { locale?: string; text?: string }): 'en' | 'es' {
  return localeFromTag(activity.locale) ?? (guessLanguage(activity.text ?? '') === 'es' ? 'es' : 'en');
}
