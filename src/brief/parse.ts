// Parses YAML text into a document that keeps source positions; syntax errors and hostile input become Problems.
import {
  Composer,
  LineCounter,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { BriefdeckError, problem, warning, type Problem } from '../errors.js';
import { invokedAs } from '../shared/invocation.js';
import {
  aliasTrouble,
  collectionKeys,
  duplicateKeyErrors,
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  MAX_FLOW_COLLECTIONS,
  scanTokens,
  unresolvedAliases,
  type TokenScan,
} from './limits.js';
import { keepCellsAsWritten } from './cells.js';
import { sizeTrouble } from './size.js';
import { sourceLine, syntaxProblems } from './syntax.js';
import { isTagWarning, tagProblems } from './tags.js';

export { MAX_ALIAS_COUNT, MAX_DEPTH } from './limits.js';
export { sourceLine } from './syntax.js';

export interface ParsedBrief {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
  /** Things in the YAML that are tolerated but probably not meant (unknown tags). */
  warnings: Problem[];
}

/**
 * What else to report beside YAML syntax errors: given the brief as far as it could be read (its `data`
 * holds only the top-level entries no syntax error touches) and the syntax problems; see load.ts.
 */
export type AlongsideSyntax = (partial: ParsedBrief, syntax: Problem[]) => Problem[];

export function parseBriefText(text: string, file: string, alongsideSyntax?: AlongsideSyntax): ParsedBrief {
  const lines = new LineCounter();
  let tokens: CST.Token[] | undefined; // the syntax tree, parsed once: scanned for limits, then composed
  const place = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col, sourceLine: sourceLine(text, line) };
  };
  const parseWithinSize = () => {
    tokens = [...new Parser(lines.addNewLine).parse(text)];
    const tooBig = sizeTrouble(tokens); // before the slower scans and composing: a brief too big is refused at once
    if (tooBig) throw new BriefdeckError([problem('limit', tooBig.message, { ...place(tooBig.offset), path: tooBig.path, hint: tooBig.hint })]);
    return tokens;
  };
  const scan = scanTokens(text, parseWithinSize);
  refuseFlowTrouble(scan, () => {
    if (!tokens) countLines(text, lines); // refused before parsing (found by the lexer): count lines here
    return place;
  });
  const doc = composeFirst(tokens ?? parseWithinSize(), text);
  const problems = [...syntaxProblems(doc.errors, { file, text, doc, lines, openers: scan.openers }), ...tagProblems(doc.warnings, text, place)];
  if (problems.length) {
    const also = alongsideSyntax?.({ file, text, doc, lines, data: undefined, warnings: [] }, problems) ?? [];
    throw new BriefdeckError(byPosition([...problems, ...also]));
  }
  refuseStructure(doc, (node: Node) => place(node.range?.[0] ?? 0));
  keepCellsAsWritten(doc, text);
  const data = toData(doc, file);
  if (data === null || data === undefined) {
    throw new BriefdeckError([
      problem('schema', 'expected a mapping with title, summary, participants and topics, found an empty brief', {
        file,
        line: 1,
        column: 1,
        sourceLine: sourceLine(text, 1),
        hint: `run \`${invokedAs()} new NAME\` for a starting point`,
      }),
    ]);
  }
  const warnings = doc.warnings
    .filter((w) => !isTagWarning(w))
    .map((w) => warning('syntax', `YAML: ${lowerFirst(w.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''))}`, place(w.pos[0])));
  return { file, text, doc, lines, data, warnings };
}

/**
 * The YAML 1.2 core schema only, whatever `%YAML` directive the file starts with (a `%YAML 1.1` line would
 * otherwise read dates as timestamps and `yes` as true): no 1.1 types, no `<<` merge keys, and no tags beyond
 * the core ones (!!binary, !!set, !!omap … stay unresolved, and tags.ts refuses them).
 */
const CORE_ONLY: ParseOptions & DocumentOptions & SchemaOptions = {
  uniqueKeys: false,
  strict: true,
  schema: 'core',
  resolveKnownTags: false,
  customTags: [],
  merge: false,
};

/** Refuses aliases without anchors, lists or mappings used as keys, and alias expansion past the limit (or circular). */
function refuseStructure(doc: Document, at: (node: Node) => Partial<Problem>): void {
  const structural = [
    ...unresolvedAliases(doc).map((alias) =>
      problem('syntax', `YAML syntax error: expected an anchor &${String((alias as { source?: string }).source)} before this alias, found none`, {
        ...at(alias),
        hint: 'an alias *name repeats the value marked &name earlier in the file',
      }),
    ),
    ...collectionKeys(doc).map((key) => problem('syntax', 'YAML syntax error: expected a key name, found a list or mapping used as a key', at(key))),
  ];
  if (structural.length) throw new BriefdeckError(structural);
  const trouble = aliasTrouble(doc);
  if (!trouble) return;
  const message =
    trouble.kind === 'circular'
      ? 'expected an alias to repeat a value defined before it, found an alias inside the value it repeats (it would expand forever)'
      : `expected at most ${MAX_ALIAS_COUNT} alias expansions, found more; refused as a resource-exhaustion risk`;
  throw new BriefdeckError([problem('limit', message, { ...at(trouble.alias), hint: 'write the repeated text out instead of using YAML aliases' })]);
}

/** Refuses bracket nesting past MAX_DEPTH and more bracketed collections than MAX_FLOW_COLLECTIONS, found before parsing. */
function refuseFlowTrouble(scan: TokenScan, placer: () => (offset: number) => Partial<Problem>): void {
  if (scan.tooDeepAt !== undefined) {
    throw new BriefdeckError([
      problem('limit', `expected lists and mappings nested at most ${MAX_DEPTH} deep, found deeper nesting`, {
        ...placer()(scan.tooDeepAt),
        hint: 'a brief nests five levels at most',
      }),
    ]);
  }
  if (scan.tooManyFlowAt !== undefined) {
    throw new BriefdeckError([
      problem('limit', `expected at most ${MAX_FLOW_COLLECTIONS.toLocaleString('en')} lists and mappings written in brackets, found more`, {
        ...placer()(scan.tooManyFlowAt),
        hint: 'a brief of 2,000 slides has a few thousand; split the brief into several',
      }),
    ]);
  }
}

/** What yaml's parseDocument does, from an already parsed syntax tree: the first document; more than one is an error. */
function composeFirst(tokens: CST.Token[], text: string): Document {
  let first: Document | undefined;
  for (const doc of new Composer(CORE_ONLY).compose(tokens, true, text.length)) {
    if (!first) first = doc;
    if (doc === first)
      doc.errors.push(...duplicateKeyErrors(doc)); // yaml's own check (uniqueKeys) is quadratic in a mapping's size
    else {
      first.errors.push(
        new YAMLParseError(
          doc.range.slice(0, 2) as [number, number],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  return first!;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function byPosition(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
}

/**
 * The document as plain data. yaml's own alias limit stays on as a second guard, set above ours: it counts
 * differently (the anchor itself too), and it would refuse exactly MAX_ALIAS_COUNT aliases without a position.
 */
function toData(doc: Document, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 4 * MAX_ALIAS_COUNT });
  } catch (e) {
    const message = /alias/i.test((e as Error).message)
      ? `expected at most ${MAX_ALIAS_COUNT} alias expansions, found more; refused as a resource-exhaustion risk`
      : `cannot read the YAML: ${(e as Error).message}`;
    throw new BriefdeckError([problem('limit', message, { file, line: 1, column: 1 })]);
  }
}
