/**
 * The user's choices kept in the browser's localStorage, under Office's partition key where
 * Office partitions storage (Microsoft's "Persist add-in state and settings": private data goes
 * in partitioned localStorage; the key is undefined where there is no partitioning). Storage a
 * browser blocks is treated as empty: the pane then simply starts from its defaults.
 */
import type { ChoiceStore } from "./types";

const PREFIX = "growth-poles:";

function partitionKey(): string {
  try {
    const key = typeof Office !== "undefined" ? Office.context?.partitionKey : undefined;
    return key ? `${key}:` : "";
  } catch {
    return "";
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    return null;
  }
}

export function officeChoiceStore(): ChoiceStore {
  const prefix = `${partitionKey()}${PREFIX}`;
  return {
    get(key) {
      try {
        return storage()?.getItem(prefix + key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage()?.setItem(prefix + key, value);
      } catch {
        // Full or blocked storage: the choice holds for this session only.
      }
    },
  };
}
