// STATE_STORAGE=memory, bounded. botbuilder's MemoryStorage keeps every key it is given for the
// life of the process (a deleted key even stays, as undefined), so a stream of new conversations,
// each with an id anyone can make up in development, would grow memory without limit. This one
// forgets what has not been written for longer than the state's time to live (the bot would
// treat it as a new conversation anyway) and, beyond a maximum number of entries, the entries
// written longest ago.
import { MemoryStorage, type StoreItems } from 'botbuilder';

export interface MemoryLimits {
  /** Entries kept at most (a conversation is one entry; a person's saved language another). */
  maxEntries: number;
  /** Entries not written for this long are dropped. */
  ttlMs: number;
  now?: () => number;
}

export class BoundedMemoryStorage extends MemoryStorage {
  /** Key -> time of its last write, oldest write first (a write moves the key to the end). */
  private readonly written = new Map<string, number>();

  constructor(private readonly limits: MemoryLimits) {
    super();
  }

  /** Entries held. */
  get size(): number {
    return this.written.size;
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    const now = this.now();
    for (const key of Object.keys(changes)) {
      this.written.delete(key);
      this.written.set(key, now);
    }
    this.evict(now);
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.forget(key);
  }

  private evict(now: number): void {
    // Oldest first: stop at the first entry that is both recent enough and within the cap.
    for (const [key, at] of this.written) {
      if (this.written.size <= this.limits.maxEntries && now - at < this.limits.ttlMs) break;
      this.forget(key);
    }
  }

  private forget(key: string): void {
    this.written.delete(key);
    delete this.memory[key];
  }

  private now(): number {
    return this.limits.now ? this.limits.now() : Date.now();
  }
}
