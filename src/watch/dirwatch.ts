// Watches files through their directories (fs.watch), so saves by rename are seen; debounced; deleted directories waited for.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Which names in a directory matter: the watcher reports only those. */
export type NameFilter = (name: string) => boolean;

export interface DirWatcher {
  /** Replaces the watched set: directory → filter of the names that matter in it. */
  setInterest(interest: Map<string, NameFilter>): void;
  close(): void;
}

/** How often the directories are checked anyway, in case an event about one of them was missed (ms). */
const RECHECK_MS = 1000;

/** Which directory stands at `dir` (device, inode and birth time: a directory recreated at once often gets the same inode), or undefined when none does. */
function identity(dir: string): string | undefined {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}:${stats.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest existing directory above `dir`, and the name in it that leads down towards `dir`. */
function anchorOf(dir: string): { anchor: string; name: string } {
  let below = dir;
  while (dirname(below) !== below && identity(dirname(below)) === undefined) below = dirname(below);
  return { anchor: dirname(below), name: basename(below) };
}

/**
 * Calls `onChange` with the changed paths once no event has come for `debounceMs`. Editors save in
 * several steps (write a temp file, rename it over the original, delete a backup); watching the
 * directory sees every step under the file's name, and the debounce turns them into one change.
 * A directory that is deleted, replaced or recreated is reported as changed itself: its files may all be new.
 */
export function watchDirectories(onChange: (paths: string[]) => void, debounceMs: number): DirWatcher {
  let interest = new Map<string, NameFilter>();
  const watched = new Map<string, { watcher: FSWatcher; id: string }>(); // directories of interest that are there
  const seen = new Map<string, string | undefined>(); // the identity each directory of interest had when last checked
  const anchors = new Map<string, { watcher: FSWatcher; names: Set<string> }>(); // ancestors of missing directories
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const flush = () => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    if (paths.length) onChange(paths);
  };

  const changed = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const noticed = (dir: string, name: string | null) => {
    const filter = interest.get(dir);
    if (!filter) return;
    if (name === null)
      changed(dir); // the platform did not say which file: treat the directory as changed
    else if (filter(name)) changed(join(dir, name));
  };

  const open = (dir: string, id: string) => {
    try {
      const watcher = watch(dir, { persistent: true }, (event, name) => {
        noticed(dir, name === null ? null : String(name));
        if (event === 'rename') reconcile(); // the directory itself may have gone
      });
      watcher.on('error', () => {
        watcher.close();
        watched.delete(dir);
        reconcile();
      });
      watched.set(dir, { watcher, id });
    } catch {
      // gone again between the check and the watch: the next check sees it
    }
  };

  /** Watches each missing directory's nearest existing ancestor for the name that leads back to it. */
  const watchAncestors = () => {
    const wanted = new Map<string, Set<string>>();
    for (const dir of interest.keys()) {
      if (watched.has(dir)) continue;
      const { anchor, name } = anchorOf(dir);
      wanted.set(anchor, (wanted.get(anchor) ?? new Set()).add(name));
    }
    for (const [anchor, { watcher }] of anchors)
      if (!wanted.has(anchor)) {
        watcher.close();
        anchors.delete(anchor);
      }
    for (const [anchor, names] of wanted) {
      const existing = anchors.get(anchor);
      if (existing) {
        existing.names = names;
        continue;
      }
      try {
        const entry = {
          names,
          watcher: watch(anchor, { persistent: true }, (_event, name) => {
            if (name === null || entry.names.has(String(name))) reconcile();
          }),
        };
        entry.watcher.on('error', () => {
          entry.watcher.close();
          anchors.delete(anchor);
        });
        anchors.set(anchor, entry);
      } catch {
        // the ancestor went too: the next check finds another
      }
    }
  };

  /** Brings the watchers in line with what is on disk: reopens replaced directories, reports those that went or came. */
  function reconcile(): void {
    if (closed) return;
    for (const dir of interest.keys()) {
      const id = identity(dir);
      const current = watched.get(dir);
      if (current && current.id !== id) {
        current.watcher.close();
        watched.delete(dir);
      }
      if (id !== undefined && !watched.has(dir)) open(dir, id);
      if (seen.has(dir) && seen.get(dir) !== id) changed(dir);
      seen.set(dir, id);
    }
    watchAncestors();
  }

  const recheck = setInterval(reconcile, RECHECK_MS);
  recheck.unref(); // the watchers keep the process alive, not this

  return {
    setInterest(next) {
      interest = next;
      for (const [dir, { watcher }] of watched)
        if (!next.has(dir)) {
          watcher.close();
          watched.delete(dir);
        }
      for (const dir of seen.keys()) if (!next.has(dir)) seen.delete(dir);
      reconcile();
    },
    close() {
      closed = true;
      clearInterval(recheck);
      clearTimeout(timer);
      pending.clear();
      for (const { watcher } of [...watched.values(), ...anchors.values()]) watcher.close();
      watched.clear();
      anchors.clear();
    },
  };
}
