// Inline Markdown in brief text (**bold**, *italic* (no `_` emphasis), [text](url), bare http(s) URLs, backslash escapes), parsed by markdown-it.
import MarkdownIt from 'markdown-it';
import emphasis from 'markdown-it/lib/rules_inline/emphasis.mjs';

/** A piece of text and how it is drawn. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** Only the inline rules the brief format has; everything else (code, HTML, entities, strikethrough, images) stays text. */
function restricted(linkify: boolean): MarkdownIt {
  const md = new MarkdownIt('zero', { linkify });
  md.enable(linkify ? ['emphasis', 'escape', 'link', 'linkify'] : ['emphasis', 'escape', 'link']);
  md.normalizeLink = (url) => url; // the URL as written: no percent-encoding, no punycode
  md.normalizeLinkText = (text) => text;
  md.inline.ruler.at('emphasis', starsOnly);
  if (!linkify) return md; // its linkify is never asked: each setting below compiles linkify's patterns anew (milliseconds each)
  // bare links: http:// and https:// only; one linkify made with its schemes and options compiles once, not once per add()
  const Linkify = md.linkify.constructor as new (schemas: Record<string, null>, options: LinkifyOptions) => MarkdownIt['linkify'];
  return Object.assign(md, { linkify: new Linkify({ 'ftp:': null, 'mailto:': null, '//': null }, { fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false }) });
}

type LinkifyOptions = { fuzzyLink: boolean; fuzzyEmail: boolean; fuzzyIP: boolean };

const UNDERSCORE = 0x5f;

/** markdown-it's emphasis tokenizer for `*` only: the brief format has no `_` emphasis, so `__init__` and `_x_` stay as written. */
const starsOnly: typeof emphasis.tokenize = (state, silent) => state.src.charCodeAt(state.pos) !== UNDERSCORE && emphasis.tokenize(state, silent);

const withLinks = restricted(true);
const inALink = restricted(false); // inside a link the template already wrote: bare URLs stay text, [text](url) is its text

/** Links that may be followed from a slide; any other target keeps its text and loses the link. */
const FOLLOWABLE = /^(?:https?:\/\/|mailto:)/i;

/** Quick test: text without any character a rule could start at is its own single run (most text). */
const MAY_HOLD_MARKUP = /[*\\[]|https?:\/\//i;

/**
 * The runs of one line of brief text. `inLink` when it already stands inside a link the template wrote (a
 * source's title): no link inside a link, so a Markdown link there is its text, and emphasis still applies.
 * A link with empty text, `[](https://…)`, shows its URL.
 */
export function inlineRuns(text: string, inLink = false): InlineRun[] {
  if (!MAY_HOLD_MARKUP.test(text)) return text ? [{ text }] : [];
  const tokens = (inLink ? inALink : withLinks).parseInline(text, {})[0]?.children ?? [];
  const runs: InlineRun[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | undefined;
  let linkStart = 0; // where the open link's text starts in `runs`
  const push = (content: string) => {
    const run: InlineRun = { text: content };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    if (href && !inLink && FOLLOWABLE.test(href)) run.href = href;
    runs.push(run);
  };
  for (const token of tokens) {
    if (token.type === 'strong_open' || token.type === 'strong_close') bold += token.nesting;
    else if (token.type === 'em_open' || token.type === 'em_close') italic += token.nesting;
    else if (token.type === 'link_open') [href, linkStart] = [token.attrGet('href') ?? undefined, runs.length];
    else if (token.type === 'link_close') {
      if (href && runs.length === linkStart) push(href); // `[](url)`: the URL is the text
      href = undefined;
    } else if (token.content) push(token.content);
  }
  return runs;
}

/** The text without its markers (titles, subtitles and detail lines are plain text): a link shows its text only. */
export function plainText(text: string): string {
  return inlineRuns(text)
    .map((run) => run.text)
    .join('');
}

/** One line of speaker notes: markers removed, a link written "text (url)" unless its text is the URL itself. */
export function notesLine(line: string): string {
  const runs = inlineRuns(line);
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const { href } = runs[i];
    let text = runs[i].text;
    while (href && runs[i + 1]?.href === href) text += runs[++i].text; // one link may be split by emphasis
    out += href && text !== href && text !== href.replace(/^mailto:/i, '') ? `${text} (${href})` : text;
  }
  return out;
}
