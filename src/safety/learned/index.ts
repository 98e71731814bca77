// The second crisis check: a model trained from examples (content/data/crisis-examples), asked
// only when no rule fired. Rules come first because they are exact on what they were written
// for; the model catches what they were not written for (an indirect farewell, a disclosure that
// escalates over a message). Its hits get the crisis reply of its kind.
import type { CrisisKind } from '../crisisKind';
import { guessLanguage } from '../../understand/language';
import type { CrisisModel } from './model';
import type { Locale } from '../../../content/schema';

export { CrisisModel, trainCrisisModel, type SavedCrisisModel, type CrisisScore } from './model';

export interface LearnedCrisisSignal {
  /** The model's likeliest kind; `general` (the "urgent help" reply) when it named none. */
  kind: CrisisKind | 'general';
  language: Locale;
  source: 'learned';
}

/** The model's reading of a message the rules let through; null when it is not a crisis. Never throws. */
export function learnedCrisisCheck(model: CrisisModel | undefined, text: string): LearnedCrisisSignal | null {
  if (!model || typeof text !== 'string' || text.trim() === '') return null;
  try {
    const hit = model.isCrisis(text);
    if (!hit) return null;
    return { kind: hit.kind ?? 'general', language: guessLanguage(text) === 'es' ? 'es' : 'en', source: 'learned' };
  } catch {
    // The rules have already run; a broken model must not turn a message into an error.
    return null;
  }
}
