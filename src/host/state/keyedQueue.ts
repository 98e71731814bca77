// Runs tasks one at a time per key, in arrival order. The bot uses it per conversation so that a
// double tap or a channel's retry waits for the turn before it instead of racing it: each turn
// then sees the state the previous one saved. Keys with nothing queued take no memory.
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    // The next task waits for this one to settle, whether it succeeded or not.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with a task running or waiting. */
  get activeKeys(): number {
    return this.tails.size;
  }
}
