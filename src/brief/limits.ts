// Safety limits on hostile or broken YAML: nesting depth and alias expansion, plus unclosed quotes and brackets found in the raw token stream.
import { CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, visit, YAMLParseError, type Document, type Node } from 'yaml';

/** Nesting deeper than this is refused (a brief nests five levels; deep nesting would exhaust the stack). */
export const MAX_DEPTH = 32;
/** Alias resolutions (counting nested ones as they expand) beyond this are refused ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/** A quote or bracket that opens and never closes. */
export interface Opener {
  offset: number;
  char: '"' | "'" | '[' | '{';
}

export interface TokenScan {
  openers: Opener[];
  /** Offset of the first collection nested deeper than MAX_DEPTH. */
  tooDeepAt?: number;
  /** Offset of the bracket past MAX_FLOW_COLLECTIONS: more lists and mappings in brackets than any brief has. */
  tooManyFlowAt?: number;
}

/** Lists and mappings written in brackets ([…], {…}): a brief of 2,000 slides has a few thousand; hundreds of thousands is hostile input. */
export const MAX_FLOW_COLLECTIONS = 40_000;

const CLOSED_DOUBLE = /^"(?:[^"\\]|\\[\s\S])*"$/;
const CLOSED_SINGLE = /^'(?:[^']|'')*'$/;

/** Walks yaml's concrete syntax tree without recursion, so no input can exhaust the stack here; `parse` gives the tree (parsed once, reused to compose). */
export function scanTokens(text: string, parse: () => Iterable<CST.Token> = () => new Parser().parse(text)): TokenScan {
  const flow = flowTrouble(text);
  if (flow) return { openers: [], ...flow };
  const scan: TokenScan = { openers: [] };
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of parse()) stack.push({ token, depth: 0 });
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === 'double-quoted-scalar' && !CLOSED_DOUBLE.test(token.source.trimEnd())) {
      scan.openers.push({ offset: token.offset, char: '"' });
    } else if (token.type === 'single-quoted-scalar' && !CLOSED_SINGLE.test(token.source.trimEnd())) {
      scan.openers.push({ offset: token.offset, char: "'" });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) {
        scan.tooDeepAt = Math.min(scan.tooDeepAt ?? Infinity, token.offset);
        continue;
      }
      if (token.type === 'flow-collection' && !token.end.some((end) => end.type === 'flow-map-end' || end.type === 'flow-seq-end')) {
        scan.openers.push({ offset: token.offset, char: token.start.source === '{' ? '{' : '[' });
      }
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  scan.openers.sort((a, b) => a.offset - b.offset);
  return scan;
}

export interface AliasTrouble {
  alias: Node;
  kind: 'too-many' | 'circular';
}

/** Lexer tokens that mark structure but take no room in the source. */
const PSEUDO_TOKENS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * A first pass with the lexer alone (linear and fast) that finds `[[[[…` nested past MAX_DEPTH, or more bracketed collections
 * than MAX_FLOW_COLLECTIONS, so hostile input never reaches the slower parser; block nesting cannot get that deep in a 1 MiB
 * file without the indentation showing.
 */
function flowTrouble(text: string): Pick<TokenScan, 'tooDeepAt' | 'tooManyFlowAt'> | undefined {
  if (bracketsAtMost(text, MAX_DEPTH)) return undefined; // every flow token is one of them: no lexing needed (most briefs)
  let depth = 0;
  let offset = 0;
  let collections = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      depth++;
      if (++collections > MAX_FLOW_COLLECTIONS) return { tooManyFlowAt: offset };
    } else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    if (depth > MAX_DEPTH) return { tooDeepAt: offset };
    if (!PSEUDO_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}

/** Whether the text holds at most `most` of the characters '[' and '{' (without building anything). */
function bracketsAtMost(text: string, most: number): boolean {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code === 0x5b || code === 0x7b) && ++count > most) return false;
  }
  return true;
}

/**
 * The alias at which expansion passes MAX_ALIAS_COUNT (each alias counts once plus the aliases inside
 * what it points at, so nested "laughs" are counted as they would expand), or an alias inside the very
 * node it points at (which would expand forever); undefined when the aliases are harmless.
 */
export function aliasTrouble(doc: Document): AliasTrouble | undefined {
  const counted = new Map<Node, number>();
  const open = new Set<Node>();
  let circular: Node | undefined;
  const expansions = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target && open.has(target)) circular ??= node;
      return 1 + expansions(target);
    }
    if (!isMap(node) && !isSeq(node)) return 0;
    if (counted.has(node)) return counted.get(node)!;
    if (open.has(node)) return 0;
    open.add(node);
    let total = 0;
    for (const item of node.items)
      total = Math.min(total + (isPair(item) ? expansions(item.key) + expansions(item.value) : expansions(item)), Number.MAX_SAFE_INTEGER);
    open.delete(node);
    counted.set(node, total);
    return total;
  };
  let total = 0;
  let trouble: AliasTrouble | undefined;
  visit(doc, {
    Alias(_key, alias) {
      total += expansions(alias);
      if (circular) trouble = { alias: circular, kind: 'circular' };
      else if (total > MAX_ALIAS_COUNT) trouble = { alias, kind: 'too-many' };
      return trouble ? visit.BREAK : undefined;
    },
  });
  return trouble;
}

/** Aliases that name no anchor defined before them. */
export function unresolvedAliases(doc: Document): Node[] {
  const found: Node[] = [];
  visit(doc, {
    Alias(_key, alias) {
      if (!alias.resolve(doc)) found.push(alias);
    },
  });
  return found;
}

/** Keys that are lists or mappings (`? [a, b]`), which a brief never has. */
export function collectionKeys(doc: Document): Node[] {
  const found: Node[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (isMap(pair.key) || isSeq(pair.key)) found.push(pair.key);
    },
  });
  return found;
}

/**
 * Keys given twice in one mapping, as yaml's own check reports them (DUPLICATE_KEY at the second key), in one pass with a set
 * per mapping: yaml compares each key with every earlier one, which made 30,000 keys take seconds.
 */
export function duplicateKeyErrors(doc: Document): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const start = (pair.key as Node | null)?.range?.[0] ?? map.range?.[0] ?? 0;
        errors.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  return errors;
}

/**
 * A deck has at most this many slides: a briefing of thousands of slides is no briefing, and the limit keeps every brief
 * under the 1 MiB cap buildable in seconds (a 2,000-slide deck: about 5 s and 0.5 GiB) and far from ZIP64's 65,535 parts.
 */
export const MAX_SLIDES = 2000;
