// Watches files through their directories (fs.watch), so saves that replace the file by rename are seen; debounced.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Which names in a directory matter: the watcher reports only those. */
export type NameFilter = (name: string) => boolean;

export interface DirWatcher {
  /** Replaces the watched set: directory → filter of the names that matter in it. */
  setInterest(interest: Map<string, NameFilter>): void;
  close(): void;
}

/**
 * Calls `onChange` with the changed paths once no event has come for `debounceMs`. Editors save in
 * several steps (write a temp file, rename it over the original, delete a backup); watching the
 * directory sees every step under the file's name, and the debounce turns them into one change.
 */
export function watchDirectories(onChange: (paths: string[]) => void, debounceMs: number): DirWatcher {
  const watchers = new Map<string, FSWatcher>();
  let interest = new Map<string, NameFilter>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    if (paths.length) onChange(paths);
  };

  const noticed = (dir: string, name: string | null) => {
    const filter = interest.get(dir);
    if (!filter) return;
    if (name === null) pending.add(dir); // the platform did not say which file: treat the directory as changed
    else if (filter(name)) pending.add(join(dir, name));
    else return;
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const open = (dir: string) => {
    try {
      const watcher = watch(dir, { persistent: true }, (_event, name) => noticed(dir, name === null ? null : String(name)));
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(dir); // the directory went away; setInterest opens it again if it comes back
      });
      watchers.set(dir, watcher);
    } catch {
      // the directory does not exist (yet): nothing to watch
    }
  };

  return {
    setInterest(next) {
      interest = next;
      for (const [dir, watcher] of watchers) if (!next.has(dir)) { watcher.close(); watchers.delete(dir); }
      for (const dir of next.keys()) if (!watchers.has(dir)) open(dir);
    },
    close() {
      clearTimeout(timer);
      pending.clear();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
