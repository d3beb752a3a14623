// Size limits read from the YAML syntax tree before anything is composed: a brief too big to be a briefing is refused in well under a second.
import type { CST } from 'yaml';
import { MAX_SLIDES } from './limits.js';

/** List items in the whole brief (points, members, topics, sources…): about nine make a slide, so 2,000 slides hold about 18,000. */
export const MAX_LIST_ITEMS = 20_000;
/** Keys in one mapping: a brief's mappings have a dozen; thousands are pasted data, not a brief. */
export const MAX_KEYS = 1_000;

export interface SizeTrouble {
  offset: number;
  path?: string;
  message: string;
  hint: string;
}

const SPLIT = 'split it into several briefs: a deck of thousands of slides is not a briefing';
const count = (n: number) => n.toLocaleString('en');

/** The first size limit the syntax tree breaks, if any (one pass, no recursion). */
export function sizeTrouble(tokens: Iterable<CST.Token>): SizeTrouble | undefined {
  let items = 0;
  const stack: CST.Token[] = [];
  for (const token of tokens) if (token.type === 'document' && token.value) stack.push(token.value);
  const top = stack[0];
  if (top?.type === 'block-map') {
    const trouble = tooManySlides(top);
    if (trouble) return trouble;
  }
  while (stack.length) {
    const token = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const entries = token.items.filter((item) => item.key || item.value);
    const isList = token.type === 'block-seq' || (token.type === 'flow-collection' && token.start.source === '[');
    if (isList && items + entries.length > MAX_LIST_ITEMS) return listTrouble(entries[MAX_LIST_ITEMS - items], token, items + entries.length);
    if (isList) items += entries.length;
    if (!isList && entries.length > MAX_KEYS) return keysTrouble(entries[MAX_KEYS], token, entries.length);
    for (const item of entries) {
      if (item.key && typeof item.key === 'object' && 'type' in item.key) stack.push(item.key);
      if (item.value) stack.push(item.value);
    }
  }
  return undefined;
}

type Item = CST.CollectionItem;

const offsetOf = (item: Item | undefined, fallback: CST.Token) => item?.key?.offset ?? item?.value?.offset ?? fallback.offset;

function listTrouble(item: Item | undefined, list: CST.Token, found: number): SizeTrouble {
  return {
    offset: offsetOf(item, list),
    message: `expected at most ${count(MAX_LIST_ITEMS)} list items in a brief (points, members, topics, sources…), found ${count(found)} or more`,
    hint: SPLIT,
  };
}

function keysTrouble(item: Item | undefined, map: CST.Token, found: number): SizeTrouble {
  return {
    offset: offsetOf(item, map),
    message: `expected at most ${count(MAX_KEYS)} keys in one mapping, found ${count(found)}`,
    hint: 'a brief’s mappings have a dozen keys; is this a list written without "- "?',
  };
}

/** Each topic and earlier event is at least one slide: more than a deck may have is refused at the key that holds most. */
function tooManySlides(top: CST.BlockMap): SizeTrouble | undefined {
  const lengths: Record<string, { items: number; offset: number }> = {};
  for (const item of top.items) {
    const name = item.key && 'source' in item.key ? item.key.source : undefined;
    const value = item.value;
    if ((name !== 'topics' && name !== 'background') || !value || (value.type !== 'block-seq' && value.type !== 'flow-collection')) continue;
    lengths[name] = { items: value.items.filter((entry) => entry.key || entry.value).length, offset: item.key!.offset };
  }
  const over = slideLimitTrouble(lengths.topics?.items ?? 0, lengths.background?.items ?? 0);
  return over && { offset: lengths[over.path].offset, ...over };
}

/** More topics and earlier events than a deck may have slides (one slide each): the key that holds most, and the message; checked here and after validation. */
export function slideLimitTrouble(topics: number, events: number): { path: 'topics' | 'background'; message: string; hint: string } | undefined {
  if (topics + events <= MAX_SLIDES) return undefined;
  return {
    path: topics >= events ? 'topics' : 'background',
    message: `expected at most ${count(MAX_SLIDES)} topics and earlier events together (one slide each; a deck has at most ${count(MAX_SLIDES)} slides), found ${count(topics)} topics and ${count(events)} earlier events`,
    hint: SPLIT,
  };
}
