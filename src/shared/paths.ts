// How a file path is shown in status lines: as the user gave it (an absolute path stays absolute, a relative one relative to where they ran the command), never rewritten from somewhere else.
import { normalize } from 'node:path';

/** `out/a.pptx` for `-o out` or `-o ./out`, `/tmp/x/a.pptx` for `-o /tmp/x`: the path as given, only tidied (`./`, `//`). */
export function shownPath(file: string): string {
  return normalize(file);
}
