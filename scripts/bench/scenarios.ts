// The conversations the benchmark plays: what people do with the navigator (menu taps, typed
// numbers, free-text questions, finder answers) on the three channels. The echo baseline gets
// exactly the same activities, so both bots carry the same load.

export type BenchChannel = 'webchat' | 'msteams' | 'sms';

/** One step: a message (typed or tapped) or, for `join`, the conversationUpdate of first contact. */
export type Step = { join: true } | { text: string; value?: Record<string, unknown> };

export interface Script {
  channel: BenchChannel;
  steps: Step[];
}

/** A Teams card tap: the label as the message text, and the action as object data. */
const tap = (label: string, action: string): Step => ({ text: label, value: { action, text: label } });

/** Five turns each, so every conversation costs the same number of requests on both bots. */
const SCRIPTS: Script[] = [
  // Website: menu tap into the finder, answers by tap and by number, then a question mid-flow.
  {
    channel: 'webchat',
    steps: [{ join: true }, { text: 'Find a group that fits me' }, { text: 'Myself' }, { text: '1' }, { text: 'is AA religious' }],
  },
  // Website: free-text questions only.
  {
    channel: 'webchat',
    steps: [
      { join: true },
      { text: 'what is smart recovery' },
      { text: 'is AA religious' },
      { text: 'compare lifering and smart' },
      { text: 'menu' },
    ],
  },
  // Website: family member, typed in their own words.
  {
    channel: 'webchat',
    steps: [
      { join: true },
      { text: 'Help for family and friends' },
      { text: 'my husband drinks' },
      { text: 'not sure' },
      { text: 'the second one' },
    ],
  },
  // Teams: staff tapping card actions, then a comparison.
  {
    channel: 'msteams',
    steps: [
      { join: true },
      tap('Find a group that fits me', 'find'),
      tap("A client (I'm staff)", 'answer:who=staff'),
      { text: 'opioids' },
      { text: 'compare NA and SMART' },
    ],
  },
  // SMS: no conversationUpdate; the first text is answered, then numbers.
  { channel: 'sms', steps: [{ text: 'is there a group for women' }, { text: 'menu' }, { text: '2' }, { text: '1' }, { text: '2' }] },
  // SMS: typos and a whole situation in one sentence.
  {
    channel: 'sms',
    steps: [
      { text: 'what is smrt recovry' },
      { text: 'my son uses heroin' },
      { text: 'more' },
      { text: 'what happens at an NA meeting' },
      { text: 'start over' },
    ],
  },
];

export const TURNS_PER_CONVERSATION = 5;

/** The script for the n-th conversation: the mix repeats in a fixed order. */
export function scriptFor(n: number): Script {
  return SCRIPTS[n % SCRIPTS.length];
}

/** The short conversation played 10,000 times for the state-size figure: welcome, find, an answer. */
export function shortScript(n: number): Script {
  const channel: BenchChannel = (['webchat', 'msteams', 'sms'] as const)[n % 3];
  const answers = ['Myself', 'Someone I care about', '1', '3', 'not sure'];
  const first: Step = channel === 'sms' ? { text: 'hi' } : { join: true };
  return { channel, steps: [first, { text: 'Find a group that fits me' }, { text: answers[n % answers.length] }] };
}
