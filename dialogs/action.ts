// What a choice does when it is picked, as one discriminated union, and its wire form: the
// string a card button, a suggested action or an SMS number carries ("group:lifering",
// "answer:who=self", "compare:aa,smart", "meet:day=2026-12-03"). Only this module writes or
// reads that form; everything else builds and matches Action values, so a typo in an action is a
// type error and an action no code runs cannot be offered.

/** Actions that carry nothing: the choice names them by their type alone. */
export const PLAIN_ACTIONS = ['menu', 'learn', 'find', 'family', 'meetings', 'urgent', 'back', 'resume'] as const;
export type PlainAction = (typeof PLAIN_ACTIONS)[number];

/** The meeting search's own steps (dialogs/meetings.ts). */
export type MeetingStep =
  { step: 'for'; groups: string[] } | { step: 'day'; date: string } | { step: 'more' | 'retry' | 'online' | 'days' };

export type Action =
  | { type: PlainAction }
  /** No groups: ask which to compare. */
  | { type: 'compare'; groups: string[] }
  | { type: 'compare-with'; group: string }
  | { type: 'groups' | 'topics'; page: number }
  | { type: 'topic'; topic: string }
  | { type: 'group' | 'group-meeting' | 'group-find'; group: string }
  | { type: 'answer'; question: string; choice: string }
  | { type: 'finder'; step: 'more' | 'options' | 'refine' | 'restart' | 'continue' }
  | ({ type: 'meet' } & MeetingStep)
  | { type: 'fact'; group: string; facet: string }
  | { type: 'referral'; group: string };

/** An Action, or the name of a plain one ('menu' for { type: 'menu' }). */
export type ActionLike = Action | PlainAction;

const ID = /^[a-z0-9-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isPlain = (verb: string): verb is PlainAction => (PLAIN_ACTIONS as readonly string[]).includes(verb);
const ids = (list: string) => list.split(',').filter((id) => ID.test(id));

export function encodeAction(like: ActionLike): string {
  const action: Action = typeof like === 'string' ? { type: like } : like;
  switch (action.type) {
    case 'compare':
      return action.groups.length ? `compare:${action.groups.join(',')}` : 'compare';
    case 'compare-with':
    case 'group':
    case 'group-meeting':
    case 'group-find':
    case 'referral':
      return `${action.type}:${action.group}`;
    case 'groups':
    case 'topics':
      return action.page ? `${action.type}:${action.page}` : action.type;
    case 'topic':
      return `topic:${action.topic}`;
    case 'answer':
      return `answer:${action.question}=${action.choice}`;
    case 'finder':
      return action.step === 'continue' ? 'finder' : `finder:${action.step}`;
    case 'meet':
      if (action.step === 'for') return `meet:for=${action.groups.join(',')}`;
      if (action.step === 'day') return `meet:day=${action.date}`;
      return `meet:${action.step}`;
    case 'fact':
      return `fact:${action.group}=${action.facet}`;
    default:
      return action.type;
  }
}

/** The Action a wire string names, or undefined when it names none (stale, forged or mistyped). */
export function decodeAction(wire: string): Action | undefined {
  const at = wire.indexOf(':');
  const verb = at < 0 ? wire : wire.slice(0, at);
  const arg = at < 0 ? '' : wire.slice(at + 1);
  const [left, right = ''] = arg.split('=');
  if (isPlain(verb)) return arg ? undefined : { type: verb };
  switch (verb) {
    case 'compare':
      return { type: 'compare', groups: arg ? ids(arg) : [] };
    case 'compare-with':
    case 'group':
    case 'group-meeting':
    case 'group-find':
    case 'referral':
      return ID.test(arg) ? { type: verb, group: arg } : undefined;
    case 'groups':
    case 'topics':
      return { type: verb, page: Math.max(0, Number.parseInt(arg, 10) || 0) };
    case 'topic':
      return ID.test(arg) ? { type: 'topic', topic: arg } : undefined;
    case 'answer':
      return left && right ? { type: 'answer', question: left, choice: right } : undefined;
    case 'finder':
      if (!arg) return { type: 'finder', step: 'continue' };
      return arg === 'more' || arg === 'options' || arg === 'refine' || arg === 'restart' ? { type: 'finder', step: arg } : undefined;
    case 'meet':
      if (left === 'for') return ids(right).length ? { type: 'meet', step: 'for', groups: ids(right) } : undefined;
      if (left === 'day') return DATE.test(right) ? { type: 'meet', step: 'day', date: right } : undefined;
      return left === 'more' || left === 'retry' || left === 'online' || left === 'days' ? { type: 'meet', step: left } : undefined;
    case 'fact':
      return ID.test(left) && right ? { type: 'fact', group: left, facet: right } : undefined;
    default:
      return undefined;
  }
}

/** Whether a choice's wire action is this plain action ('find', 'urgent', ...). */
export function isAction(wire: string, type: PlainAction): boolean {
  return decodeAction(wire)?.type === type;
}
