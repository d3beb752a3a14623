// A sub-bullet YAML folded into the point above (`- Point` then an indented `- sub-point` line): refused at the folded "- ".
import { isMap, isPair, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { problem, type Problem } from '../errors.js';
import { formatPath, type KeyPath } from '../shared/locate.js';
import { sourceLine, type ParsedBrief } from './parse.js';

/** Keys whose list holds points (summary and takeaways as the list shorthand too). */
const POINT_LISTS = new Set(['points', 'summary', 'takeaways']);

/** A continuation line of a plain scalar that starts with "- ": where its dash is, relative to the scalar's start. */
const FOLDED_DASH = /\n[ \t]*(?=- )/;

/** Every point written as plain (unquoted) text whose continuation line starts with "- ", as a problem at that dash. */
export function foldedSubBullets(parsed: ParsedBrief): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: Node | null | undefined, path: KeyPath, inPointList: boolean) => {
    if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item as Node, [...path, i], inPointList));
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const listed = POINT_LISTS.has(key) && (path.length === 0 || key === 'points');
        const value = pair.value as Node | null;
        if (key === 'text' && inPointList) check(value, [...path, key]);
        else visit(value, [...path, key], listed);
      }
    } else if (inPointList) check(node, path);
  };
  const check = (node: Node | null | undefined, path: KeyPath) => {
    if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return;
    const written = parsed.text.slice(node.range[0], node.range[1]);
    const dash = FOLDED_DASH.exec(written);
    if (dash) problems.push(folded(parsed, path, node.range[0] + dash.index + dash[0].length, String(node.value)));
  };
  visit(parsed.doc.contents as Node | null, [], false);
  return problems;
}

function folded(parsed: ParsedBrief, path: KeyPath, offset: number, value: string): Problem {
  const { line, col } = parsed.lines.linePos(offset);
  const [point, sub] = [value.slice(0, value.indexOf(' - ')), value.slice(value.indexOf(' - ') + 3)];
  const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  return problem(
    'schema',
    `this line was folded into the point above ("${shown(value)}"): YAML reads an indented "- " under text as more of that text, not as a sub-point`,
    {
      file: parsed.file,
      line,
      column: col,
      path: formatPath(path),
      sourceLine: sourceLine(parsed.text, line),
      hint: `for a sub-point write \`- text: ${shown(point)}\` and below it \`points: [${shown(sub)}]\` (or \`points:\` with a "- " list); to keep the dash as text, put the point in quotes`,
    },
  );
}
