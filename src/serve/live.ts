// The deck the server shows, kept current by watchBriefs in HTML mode: the last good deck, and the problems of the latest save over it.
import { problem, type Problem } from '../errors.js';
import { watchBriefs, type WatchEvent } from '../watch/watch.js';
import type { ServedDeck } from './deck.js';

export interface LiveOptions {
  brief: string;
  templatesDir: string;
  reference?: string;
  theme?: string;
  strict?: boolean;
  debounceMs?: number;
}

/** What the page shows: the last good deck (none before the first good build) and what is wrong now (none when the latest build was good). */
export interface LiveState {
  version: number; // counts changes, so a page can tell an update from a repeat
  served?: ServedDeck;
  problems: Problem[];
}

export interface LiveDeck {
  state(): LiveState;
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Builds the brief, then again on every save of it, a template, the theme, the reference or a picture; `onChange` after each outcome. */
export function liveDeck(options: LiveOptions, onChange: (state: LiveState) => void, onEvent: (event: WatchEvent) => void = () => {}): LiveDeck {
  let state: LiveState = { version: 0, problems: [] };
  const update = (next: Partial<LiveState>) => {
    state = { ...state, ...next, version: state.version + 1 };
    onChange(state);
  };
  const watcher = watchBriefs(
    {
      inputs: [options.brief],
      outDir: '.',
      templatesDir: options.templatesDir,
      reference: options.reference,
      theme: options.theme,
      strict: options.strict,
      debounceMs: options.debounceMs,
      html: true,
    },
    (event) => {
      onEvent(event);
      const problems = problemsOf(event);
      if (event.kind === 'served') update({ served: event.served, problems: [] });
      else if (problems) update({ problems });
    },
  );
  return { state: () => state, ready: watcher.ready, close: () => watcher.close() };
}

/** The problems an event puts over the deck, or undefined when it changes nothing the page shows. */
function problemsOf(event: WatchEvent): Problem[] | undefined {
  switch (event.kind) {
    case 'refused':
    case 'templates-refused':
      return event.problems;
    case 'removed':
      return [problem('read', 'the brief is not there (deleted, or being saved); the page updates when it is saved again', { file: event.brief })];
    case 'bug':
      return [
        problem('tool', `internal error: ${(event.error as Error)?.message ?? String(event.error)} (a bug in briefdeck; the terminal shows the details)`),
      ];
    default:
      return undefined;
  }
}
