// Every crisis rule, in priority order: the first rule with a match that passes its guards decides
// the kind. A person's own plan to overdose first, then medical emergencies (911 now), suicide,
// violence and self-harm. Within a kind, Spanish and English rules rarely meet the same words.
import { EN_OWN_PLAN_RULES } from './en/ownPlan';
import { ES_OWN_PLAN_RULES } from './es/ownPlan';
import { EN_OVERDOSE_RULES } from './en/overdose';
import { ES_OVERDOSE_RULES } from './es/overdose';
import { EN_SUICIDE_RULES } from './en/suicide';
import { ES_SUICIDE_RULES } from './es/suicide';
import { EN_INDIRECT_SUICIDE_RULES } from './en/indirect';
import { ES_INDIRECT_SUICIDE_RULES } from './es/indirect';
import { EN_VIOLENCE_RULES } from './en/violence';
import { ES_VIOLENCE_RULES } from './es/violence';
import { EN_SELF_HARM_RULES } from './en/selfHarm';
import { ES_SELF_HARM_RULES } from './es/selfHarm';
import type { CrisisRule } from './types';

export type { CrisisRule } from './types';

export const CRISIS_RULES: readonly CrisisRule[] = [
  ...EN_OWN_PLAN_RULES,
  ...ES_OWN_PLAN_RULES,
  ...EN_OVERDOSE_RULES,
  ...ES_OVERDOSE_RULES,
  ...EN_SUICIDE_RULES,
  ...ES_SUICIDE_RULES,
  ...EN_INDIRECT_SUICIDE_RULES,
  ...ES_INDIRECT_SUICIDE_RULES,
  ...EN_VIOLENCE_RULES,
  ...ES_VIOLENCE_RULES,
  ...EN_SELF_HARM_RULES,
  ...ES_SELF_HARM_RULES,
];
