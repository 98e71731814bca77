// The baseline: the simplest Bot Framework bot, built the way the samples build it. Same
// botbuilder CloudAdapter and ConfigurationBotFrameworkAuthentication, restify 11 with
// bodyParser, and ConversationState on MemoryStorage read and written every turn; one reply
// that echoes the text (and the samples' one-line welcome on conversationUpdate).
// The same restify as the navigator's (loaded without spdy: see src/host/restify.ts).
import type { Server } from 'restify';
import restify from '../../src/host/restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';

interface EchoMemory {
  turns: number;
}

class EchoBot extends ActivityHandler {
  private readonly memory: StatePropertyAccessor<EchoMemory>;

  constructor(private readonly conversationState: ConversationState) {
    super();
    this.memory = conversationState.createProperty<EchoMemory>('echo');
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity('Hello and welcome!');
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const memory = await this.memory.get(context, { turns: 0 });
      memory.turns += 1;
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

export interface EchoApp {
  server: Server;
  storage: MemoryStorage;
  onError: (listener: () => void) => void;
}

/** `memory` is MemoryStorage's backing object, so the bench can measure what is stored. */
export function createEchoApp(memory: Record<string, string> = {}, maxBodyBytes = 256 * 1024): EchoApp {
  const storage = new MemoryStorage(memory);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const errorListeners: (() => void)[] = [];
  adapter.onTurnError = async (context) => {
    errorListeners.forEach((listener) => listener());
    await context.sendActivity('Sorry, something went wrong.');
  };
  const bot = new EchoBot(new ConversationState(storage));

  const server = restify.createServer({ name: 'echo-baseline', handleUncaughtExceptions: false });
  server.use(...restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return { server, storage, onError: (listener) => errorListeners.push(listener) };
}
