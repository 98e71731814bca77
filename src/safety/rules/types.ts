// The shape of one crisis rule. A rule is data: its patterns, its guards, and the messages it
// exists for. tests/safety/crisisRules.test.ts is generated from `examples` and `counterExamples`,
// so a rule cannot lose the case it was written for without a failing test.
import type { CrisisKind } from '../crisisKind';
import type { Locale } from '../../../content/schema';

export interface CrisisRule {
  /** Stable name: `<lang>.<kind>[.plan].<nn>`; tests and debugging name the rule by it. */
  id: string;
  kind: CrisisKind;
  lang: Locale;
  /** Plain spelling; squeezed and wrapped in word boundaries when compiled. */
  pattern: string;
  /** The match is dropped when the text just before it ends with this. */
  notBefore?: string;
  /** The match is dropped when the text just after it starts with this. */
  notAfter?: string;
  /** The match is dropped when its sentence contains this anywhere... */
  unlessClause?: string;
  /** ...unless the sentence also contains this ("I used to be suicidal and it's back"). */
  unlessClauseExcept?: string;
  /** ...or unless the message, anywhere, says it is happening now ("...? my friend looks weird"). */
  unlessMessageSays?: string;
  /** Messages this rule must catch, with its kind (each is a generated test). */
  examples: readonly string[];
  /** Messages near this rule that must not be read as any crisis (each is a generated test). */
  counterExamples?: readonly string[];
}
