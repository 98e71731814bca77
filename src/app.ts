// Builds the whole bot from configuration: content, understanding, storage, adapter, server.
// Tests build it the same way, with their own storage, logger and ports.
import { MemoryStorage, type Storage } from 'botbuilder';
import { loadBotContent, type BotContent } from '../content/botContent';
import { lookupEntries } from '../content/query';
import { say } from '../content/text';
import type { DialogKit } from '../dialogs/turn';
import { createAdapter, type AdapterOptions } from './adapter';
import { NavigatorBot } from './bot';
import type { Config } from './config';
import { Logger } from './log';
import { loadCrisisContent } from './safety';
import { createServer } from './server';
import { ConversationStore } from './state/conversationStore';
import { PhraseBook } from './understand/lexicon';
import { TextLookup } from './understand/lookup';
import { warmUpRecognizers } from './understand/recognizers';

export interface AppOptions {
  storage?: Storage;
  logger?: Logger;
  kit?: DialogKit;
  authOverrides?: AdapterOptions['authOverrides'];
}

/** Content and the understanding built from it: loaded and validated once per process. */
export function createDialogKit(content: BotContent = loadBotContent()): DialogKit {
  const phrases = new PhraseBook(content.lexicon);
  warmUpRecognizers();
  return {
    content,
    phrases,
    lookup: new TextLookup(lookupEntries(content.content), phrases.stopwords),
    crisis: loadCrisisContent(),
  };
}

export function createApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? new Logger(config.LOG_LEVEL);
  const kit = options.kit ?? createDialogKit();
  const storage = options.storage ?? new MemoryStorage();
  const store = new ConversationStore(storage, config.ID_HASH_SALT);
  const bot = new NavigatorBot(kit, store, { stateTtlMs: config.STATE_TTL_MINUTES * 60_000 });
  const adapter = createAdapter({
    config,
    logger,
    authOverrides: options.authOverrides,
    errorMessage: (context) => say(kit.content.messages, 'turnError', context.activity.locale?.toLowerCase().startsWith('es') ? 'es' : 'en'),
  });
  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.MAX_BODY_BYTES });
  return { server, adapter, bot, kit, logger, store };
}
