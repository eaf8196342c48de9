/**
 * Which leads were already notified. The leads topic is at least once (a replayed email, a
 * redelivered batch) and leadId is stable for one email, so "notify once" is "skip a leadId seen
 * before". A leadId is recorded only after all its channels finished (delivered or dead-lettered).
 */
export interface SeenStore {
  has(leadId: string): Promise<boolean>;
  add(leadId: string): Promise<void>;
}

/**
 * In memory, bounded: the oldest ids are forgotten first. Replays arrive within the stream's
 * retention, so a window of recent ids is what matters; the bound keeps a long run's memory flat.
 */
export function createMemorySeenStore(capacity = 100_000): SeenStore {
  const ids = new Set<string>();
  return {
    async has(leadId) {
      return ids.has(leadId);
    },
    async add(leadId) {
      ids.delete(leadId);
      ids.add(leadId);
      if (ids.size > capacity) ids.delete(ids.values().next().value as string);
    },
  };
}
