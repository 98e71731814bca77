// `npm run chat`: talk to the bot in the terminal, in-process, with no Bot Framework tool.
// Runs as the webchat channel by default; `npm run chat -- --channel sms` shows the SMS form, and
// `-- --locale es-US` sends a Spanish locale as Web Chat and Teams do (SMS sends none: type Spanish).
import readline from 'node:readline';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { createDialogKit } from '../src/host/app';
import { NavigatorBot } from '../src/host/bot';
import { ConversationStore } from '../src/host/state/conversationStore';

const channelArg = process.argv.indexOf('--channel');
const channelId = channelArg > 0 ? process.argv[channelArg + 1] : 'webchat';
const localeArg = process.argv.indexOf('--locale');
const locale = localeArg > 0 ? process.argv[localeArg + 1] : undefined;

function show(activity: Partial<Activity>): void {
  if (activity.text) console.log(`\nbot> ${activity.text.replace(/\n/g, '\n     ')}`);
  for (const attachment of activity.attachments ?? []) console.log(`     [card] ${JSON.stringify(attachment.content).slice(0, 300)}...`);
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length) console.log(`     choices: ${actions.map((a, i) => `(${i + 1}) ${a.title}`).join('  ')}`);
}

async function main(): Promise<void> {
  const bot = new NavigatorBot(createDialogKit(), new ConversationStore(new MemoryStorage(), 'terminal'), { stateTtlMs: 60 * 60_000 });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId,
    conversation: { id: 'terminal', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'terminal-user', name: '' },
    recipient: { id: 'bot', name: 'Navigator' },
  });
  const turn = async (activity: Partial<Activity>) => {
    await adapter.processActivity(activity);
    adapter.activeQueue.splice(0).forEach(show);
  };
  console.log(`Support Group Navigator - terminal chat on the "${channelId}" channel. Type "quit" or press Ctrl+D to leave.`);
  if (channelId !== 'sms')
    await turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'terminal-user', name: '' }], locale });

  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '\nyou> ' });
  rl.prompt();
  for await (const line of rl) {
    if (line.trim().toLowerCase() === 'quit') break;
    await turn({ type: ActivityTypes.Message, text: line, locale });
    rl.prompt();
  }
  rl.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
