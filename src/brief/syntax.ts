// YAML syntax errors as Problems a person can act on: plain messages, one per line, unclosed quotes and brackets shown where they open.
import { isPair, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { problem, type Problem } from '../errors.js';
import type { Opener } from './limits.js';

export interface SyntaxContext {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
  openers: Opener[];
}

/** Line starts of the last text asked about: a brief with thousands of problems quotes thousands of lines. */
let cached: { text: string; starts: number[] } | undefined;

/** Line `line` (1-based) of `text`, without its line break. */
export function sourceLine(text: string, line: number): string {
  if (cached?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    cached = { text, starts };
  }
  const start = cached.starts[line - 1];
  if (start === undefined) return '';
  const end = cached.starts[line] ?? text.length + 1;
  return text.slice(start, end - 1).replace(/\r$/, '');
}

/** One problem per source line (yaml reports follow-on errors for the same mistake); unclosed openers replace the errors they cause. */
export function syntaxProblems(errors: readonly YAMLError[], context: SyntaxContext): Problem[] {
  const { openers } = context;
  const causedByOpener = (err: YAMLError) => openers.length > 0 && /quote|must end with|end with a [\]}]/i.test(err.message);
  const problems = [
    ...openers.map((opener) => at(context, opener.offset, openerMessage(opener))),
    ...errors.filter((err) => !causedByOpener(err)).map((err) => at(context, err.pos[0], describe(err, context), hintFor(err, context))),
  ];
  const seenLines = new Set<number>();
  return problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!).filter((p) => (seenLines.has(p.line!) ? false : (seenLines.add(p.line!), true)));
}

function at(context: SyntaxContext, offset: number, message: string, hint?: string): Problem {
  const { line, col } = context.lines.linePos(Math.min(offset, context.text.length));
  return problem('syntax', `YAML syntax error: ${message}`, { file: context.file, line, column: col, sourceLine: sourceLine(context.text, line), hint });
}

function openerMessage(opener: Opener): string {
  if (opener.char === '[') return 'expected a closing ] for the list that opens here, found none';
  if (opener.char === '{') return 'expected a closing } for the mapping that opens here, found none';
  return `expected a closing ${opener.char} for the quoted text that starts here, found none`;
}

/** yaml's messages, first sentence only, made plainer for the mistakes people make most. */
function describe(err: YAMLError, context: SyntaxContext): string {
  const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return 'expected spaces for indentation, found a tab';
    case 'DUPLICATE_KEY':
      return `the key \`${keyAt(context.text, err.pos[0])}\` appears twice in the same mapping`;
    case 'MULTIPLE_DOCS':
      return 'expected one YAML document, found a second one (a line `---` or `...` starts a new document)';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /compact/.test(first) ? 'expected a value after `key:`, found another `key: value` on the same line' : lowerFirst(first);
    case 'MULTILINE_IMPLICIT_KEY':
      return missingColon(context.text, err.pos[0]).message;
    case 'MISSING_CHAR':
      return /Implicit map keys need to be followed/.test(first) ? missingColon(context.text, err.pos[0]).message : lowerFirst(first);
    default:
      return /Maximum call stack/.test(first) ? 'the brief nests lists or mappings too deeply to read' : lowerFirst(first);
  }
}

function hintFor(err: YAMLError, context: SyntaxContext): string | undefined {
  if (err.code === 'DUPLICATE_KEY') {
    const first = firstDefinition(context, err.pos[0]);
    return first ? `first given on line ${first}; keep one of them` : 'keep one of them';
  }
  if (err.code === 'BAD_SCALAR_START' || err.code === 'BLOCK_AS_IMPLICIT_KEY') return 'put the value in quotes, e.g. title: "Value: with a colon"';
  if (err.code === 'TAB_AS_INDENT') return 'replace the tab with spaces (YAML does not allow tabs for indentation)';
  if (err.code === 'MULTILINE_IMPLICIT_KEY' || (err.code === 'MISSING_CHAR' && /Implicit map keys/.test(err.message)))
    return missingColon(context.text, err.pos[0]).hint;
  return undefined;
}

/** `title 8th dialogue` (or `title:8th`): the line as written, and as it should be. */
function missingColon(text: string, offset: number): { message: string; hint: string } {
  const written = text
    .slice(offset, offset + 200)
    .split(/\r?\n/)[0]
    .replace(/\s+#.*$/, '')
    .trim();
  const noSpace = /^([^\s:"']+):(\S.*)$/.exec(written);
  if (noSpace) return { message: `expected a space after the colon, found \`${written}\``, hint: `write it as \`${noSpace[1]}: ${noSpace[2]}\`` };
  const words = /^(\S+)\s+(.+)$/.exec(written);
  const message = `missing colon after the key: expected \`key: value\`, found \`${written}\``;
  return { message, hint: words ? `write it as \`${words[1]}: ${words[2]}\`, with a colon and a space after the key` : `write it as \`${written}:\`` };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function keyAt(text: string, offset: number): string {
  const match = /^("[^"\n]*"|'[^'\n]*'|[^:\n#]+?)\s*:/.exec(text.slice(offset, offset + 200));
  return (match?.[1] ?? text.slice(offset, offset + 20).split('\n')[0]).replace(/^["']|["']$/g, '');
}

/** Per document: the offset of each key given again in a mapping → the line where that key was first given (one pass, not one per error). */
const firstLines = new WeakMap<Document, Map<number, number>>();

/** The line of the first key in the same mapping as the duplicate at `offset`. */
function firstDefinition(context: SyntaxContext, offset: number): number | undefined {
  let lines = firstLines.get(context.doc);
  if (!lines) {
    const found = new Map<number, number>();
    visit(context.doc, {
      Map(_key, map) {
        const first = new Map<unknown, number>();
        for (const pair of map.items) {
          if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
          const earlier = first.get(pair.key.value);
          if (earlier === undefined) first.set(pair.key.value, pair.key.range[0]);
          else found.set(pair.key.range[0], context.lines.linePos(earlier).line);
        }
      },
    });
    firstLines.set(context.doc, (lines = found));
  }
  return lines.get(offset);
}
