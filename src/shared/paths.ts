// How a file path is shown in status lines: relative to the working directory when inside it, else as given.
import { isAbsolute, relative, sep } from 'node:path';

export function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  const asGiven = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel); // the directory itself, or outside it
  return asGiven ? file : rel;
}
