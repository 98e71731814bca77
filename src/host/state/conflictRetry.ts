// Optimistic concurrency across instances: a turn saves with the eTag it read, and when another
// instance saved first the turn is worked out again on the fresh state. Dialogs are pure over
// (state, input), so running one again is safe, and replies go out only after the save that
// matches them. After a few lost races the last try writes unconditionally (last writer wins,
// botbuilder's default): the state stays valid, and a conflict never reaches the person.
import { isWriteConflict } from './storageErrors';

export const MAX_CONDITIONAL_ATTEMPTS = 3;

/**
 * Runs `attempt` until it completes without a write conflict. `attempt` is told whether this is
 * the final try, on which it should write without a condition.
 */
export async function retryOnWriteConflict<T>(
  attempt: (final: boolean) => Promise<T>,
  onConflict?: (attemptNumber: number) => void,
  maxConditional = MAX_CONDITIONAL_ATTEMPTS,
): Promise<T> {
  for (let n = 1; ; n++) {
    const final = n > maxConditional;
    try {
      return await attempt(final);
    } catch (err) {
      if (final || !isWriteConflict(err)) throw err;
      onConflict?.(n);
    }
  }
}
