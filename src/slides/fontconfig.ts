// Asks fontconfig (fc-match) which font file the system draws a family with: the same answer LibreOffice renders with.
import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';

/** node:child_process, loaded when fc-match is first asked: a deck in the bundled fonts never asks, and loading it costs a start. */
let childProcess: typeof ChildProcess | undefined;
const loadChildProcess = () => (childProcess ??= createRequire(import.meta.url)('node:child_process') as typeof ChildProcess);

export interface SystemFont {
  file: string;
  /** The family names of the face fontconfig chose (a face may have several, e.g. "DejaVu Sans, DejaVu Sans Condensed"). */
  families: string[];
  /** Which face of a collection (.ttc) holds it. */
  index: number;
}

/** fc-match answers in a few milliseconds; a hung fontconfig (a huge or broken cache) must not hang a build. */
const FC_MATCH_TIMEOUT_MS = 5000;

const answers = new Map<string, SystemFont | undefined>();

/** The font fontconfig picks for a family and style, or undefined when fc-match is absent or fails; cached per process. */
export function fcMatch(family: string, bold: boolean, italic: boolean): SystemFont | undefined {
  const style = [bold ? 'Bold' : '', italic ? 'Italic' : ''].filter(Boolean).join(' ') || 'Regular';
  // fontconfig's pattern syntax: '-', ':', ',' and '\' in a family name are escaped with a backslash
  const pattern = `${family.replace(/[\\:,-]/g, '\\$&')}:style=${style}`;
  if (answers.has(pattern)) return answers.get(pattern);
  const answer = ask(pattern);
  answers.set(pattern, answer);
  return answer;
}

function ask(pattern: string): SystemFont | undefined {
  const result = loadChildProcess().spawnSync('fc-match', ['-f', '%{file}\\n%{family}\\n%{index}\\n', pattern], {
    encoding: 'utf8',
    timeout: FC_MATCH_TIMEOUT_MS,
  });
  if (result.error || result.status !== 0) return undefined;
  const [file, families, index] = result.stdout.split('\n');
  if (!file) return undefined;
  return {
    file,
    families: (families ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    index: Number(index) || 0,
  };
}
