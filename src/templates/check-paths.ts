// Checks every {{path}} in a template against the data templates see, so a misspelt field is an error at FILE:LINE, not an empty slot.
import Handlebars from 'handlebars';
import { closest } from '../brief/suggest.js';
import { problem, type Problem } from '../errors.js';
import type { Shape } from './context.js';

type Node = { type: string; loc?: { start: { line: number; column: number } }; [key: string]: unknown };
type PathNode = Node & { data: boolean; depth: number; parts: string[]; original: string };
type CallNode = Node & { path: Node; params: Node[]; hash?: { pairs: { value: Node }[] }; program?: Program; inverse?: Program };
type Program = Node & { body: Node[]; blockParams?: string[] };

interface Scope {
  shape: Shape;
  where: string; // for messages: "the top level", "each item of topics"
  params: Map<string, Shape>; // block params (as |item index|)
}

const BUILT_IN = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);
const DATA = new Set(['index', 'first', 'last', 'key', 'level']);
const ANY: Shape = { kind: 'any' };
const VALUE: Shape = { kind: 'value' };

export interface PathCheckOptions {
  shape: Shape; // the data at the top level
  helpers: string[]; // registered helper names
  labels: string[]; // label keys, for {{t 'key'}}
}

/** Problems for every path, helper and label a template names that the data does not have. */
export function checkPaths(source: string, file: string, options: PathCheckOptions): Problem[] {
  let ast: Program;
  try {
    ast = Handlebars.parse(source) as unknown as Program;
  } catch {
    return []; // syntax errors are reported by the compiler with their line
  }
  const problems: Problem[] = [];
  const helpers = new Set([...BUILT_IN, ...options.helpers]);
  const report = (node: Node, message: string) =>
    problems.push(problem('template', message, { file, line: node.loc?.start.line, column: node.loc ? node.loc.start.column + 1 : undefined }));
  const top: Scope = { shape: options.shape, where: 'the top level of the brief data', params: new Map() };

  /** The shape a path points at, or undefined (reported) when the data has no such thing. */
  function resolvePath(path: PathNode, scopes: Scope[]): Shape | undefined {
    let shape: Shape;
    let parts = path.parts;
    let where: string;
    if (path.data) {
      const [name, ...rest] = parts;
      if (name === 'root') [shape, where, parts] = [top.shape, top.where, rest];
      else if (DATA.has(name) && !rest.length) return VALUE;
      else return void report(path, `{{${path.original}}}: unknown data variable @${name}; templates have @index, @first, @last, @key and @root`);
    } else {
      const scope = scopes[scopes.length - 1 - path.depth];
      if (!scope) return void report(path, `{{${path.original}}}: ../ goes above the top level of the brief data`);
      const param = path.depth === 0 && parts.length ? [...scopes].reverse().find((s) => s.params.has(parts[0])) : undefined;
      if (param) [shape, where, parts] = [param.params.get(parts[0])!, `block parameter ${parts[0]}`, parts.slice(1)];
      else [shape, where] = [scope.shape, scope.where];
    }
    for (const part of parts) {
      const next = step(shape, part);
      if (!next) return void report(path, unknownField(path.original, part, shape, where));
      [shape, where] = [next, `${part}`];
    }
    return shape;
  }

  function expression(node: Node, scopes: Scope[]): Shape | undefined {
    if (node.type === 'PathExpression') return resolvePath(node as PathNode, scopes);
    if (node.type === 'SubExpression') {
      call(node as CallNode, scopes);
      return ANY;
    }
    return VALUE; // literals
  }

  function call(node: CallNode, scopes: Scope[]): void {
    const path = node.path as PathNode;
    const hasArguments = node.params.length > 0 || Boolean(node.hash?.pairs.length);
    const name = path.type === 'PathExpression' && !path.data && path.depth === 0 && path.parts.length === 1 ? path.parts[0] : undefined;
    if (name !== undefined && helpers.has(name)) {
      if (name === 't' && node.params[0]?.type === 'StringLiteral') checkLabel(node.params[0], options.labels);
    } else if (hasArguments) {
      report(node, `unknown helper "${path.original}"${suggestion(path.original, [...helpers])}; templates have ${[...helpers].sort().join(', ')}`);
    } else if (path.type === 'PathExpression') {
      resolvePath(path, scopes);
    }
    node.params.forEach((p) => expression(p, scopes));
    node.hash?.pairs.forEach((pair) => expression(pair.value, scopes));
  }

  function checkLabel(literal: Node, labels: string[]): void {
    const key = String(literal.value);
    if (!labels.includes(key)) report(literal, `unknown label "${key}"${suggestion(key, labels)}; labels.yaml has ${labels.join(', ')}`);
  }

  function block(node: CallNode, scopes: Scope[]): void {
    const path = node.path as PathNode;
    const name = path.parts.length === 1 && !path.data && path.depth === 0 ? path.parts[0] : '';
    call(node, scopes);
    let inner = scopes;
    if (name === 'each' || name === 'with' || (!helpers.has(name) && !node.params.length)) {
      const subject = name === 'each' || name === 'with' ? node.params[0] : path;
      const shape = subject ? expression(subject, scopes) ?? ANY : ANY;
      const iterates = name === 'each' || (name !== 'with' && shape.kind === 'list');
      const item = iterates ? (shape.kind === 'list' ? shape.of : ANY) : shape;
      const label = subject?.type === 'PathExpression' ? (subject as PathNode).original : 'the value';
      const params = new Map<string, Shape>();
      (node.program?.blockParams ?? []).forEach((p, i) => params.set(p, i === 0 ? item : VALUE));
      inner = [...scopes, { shape: item, where: iterates ? `each item of ${label}` : label, params }];
    }
    if (node.program) walk(node.program, inner);
    if (node.inverse) walk(node.inverse, scopes);
  }

  function walk(program: Program, scopes: Scope[]): void {
    for (const node of program.body) {
      if (node.type === 'MustacheStatement' && node.escaped === false) report(node, `{{{${String((node as CallNode).path.original)}}}} puts brief text into the markup unescaped, where it could break the slide; use {{…}}`);
      if (node.type === 'MustacheStatement') call(node as CallNode, scopes);
      else if (node.type === 'BlockStatement') block(node as CallNode, scopes);
      else if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') report(node, 'partials ({{> name}}) are not available to slide templates');
    }
  }

  walk(ast, [top]);
  return problems;
}

/** One step along a path: a field of an object, an item or the length of a list, the length of a text. */
function step(shape: Shape, part: string): Shape | undefined {
  if (shape.kind === 'any') return ANY;
  if (part === 'length' && shape.kind !== 'object') return VALUE;
  if (shape.kind === 'list') return /^\d+$/.test(part) ? shape.of : undefined;
  if (shape.kind === 'object') return Object.hasOwn(shape.fields, part) ? shape.fields[part] : undefined;
  return undefined;
}

function unknownField(original: string, part: string, shape: Shape, where: string): string {
  if (shape.kind === 'object') {
    const fields = Object.keys(shape.fields);
    return `{{${original}}}: no field "${part}" in ${where}${suggestion(part, fields)}; it has ${fields.join(', ')}`;
  }
  return `{{${original}}}: ${where} is ${shape.kind === 'list' ? 'a list' : 'a single value'}, it has no field "${part}"`;
}

function suggestion(name: string, known: string[]): string {
  const near = closest(name, known);
  return near ? ` (did you mean "${near}"?)` : '';
}
