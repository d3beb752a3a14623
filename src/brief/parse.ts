// Parses YAML text into a document that keeps source positions; syntax errors become Problems.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { BriefdeckError, problem, type Problem } from '../errors.js';

/** Aliases beyond this count are refused (a "billion laughs" brief would otherwise expand without bound). */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedBrief {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

export function sourceLine(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? '';
}

export function parseBriefText(text: string, file: string): ParsedBrief {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: Problem[] = doc.errors.map((err) => {
    const { line, col } = lines.linePos(err.pos[0]);
    return problem('syntax', describeYamlError(err.code, err.message), { file, line, column: col, sourceLine: sourceLine(text, line) });
  });
  if (problems.length) throw new BriefdeckError(problems);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error && /alias/i.test(e.message)
      ? `the brief expands YAML aliases more than ${MAX_ALIAS_COUNT} times; refused as a resource-exhaustion risk`
      : `cannot read the YAML: ${(e as Error).message}`;
    throw new BriefdeckError([problem('limit', message, { file, line: 1, column: 1 })]);
  }
  if (data === null || data === undefined) {
    throw new BriefdeckError([problem('schema', 'the brief is empty; expected a mapping with title, summary, participants and topics', { file, line: 1, column: 1, hint: 'run `briefdeck new NAME` for a starting point' })]);
  }
  return { file, text, doc, lines, data };
}

/** yaml's messages end with a source excerpt; keep the first sentence and make common ones plainer. */
function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'TAB_AS_INDENT' || /tab/i.test(first)) return 'YAML syntax error: tabs are not allowed for indentation; use spaces';
  if (code === 'DUPLICATE_KEY') return `YAML syntax error: ${first.replace(/^Map keys must be unique/, 'a key appears twice in the same mapping')}`;
  return `YAML syntax error: ${first}`;
}
