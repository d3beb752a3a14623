// Checks every {{path}} in a template against the data templates see, so a misspelt field is an error at FILE:LINE, not an empty slot.
import { closest } from '../shared/closest.js';
import { problem, type Problem } from '../errors.js';
import { handlebarsCompiler } from './compiler.js';
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
  root?: Shape; // what @root reaches, when the top level is not the whole data (a section's template); else `shape`
  where?: string; // the top level in messages, when it is not the whole data
  helpers: string[]; // registered helper names
  labels: string[]; // label keys, for {{t 'key'}}
}

/** Problems for every path, helper and label a template names that the data does not have. */
export function checkPaths(source: string, file: string, options: PathCheckOptions): Problem[] {
  let ast: Program;
  try {
    ast = handlebarsCompiler().parse(source) as unknown as Program;
  } catch {
    return []; // syntax errors are reported by the compiler with their line
  }
  const checker = new PathChecker(file, options);
  checker.walk(ast, [checker.top]);
  return checker.problems;
}

class PathChecker {
  readonly problems: Problem[] = [];
  readonly top: Scope;
  private readonly helpers: Set<string>;

  constructor(private readonly file: string, private readonly options: PathCheckOptions) {
    this.helpers = new Set([...BUILT_IN, ...options.helpers]);
    this.top = { shape: options.shape, where: options.where ?? 'the top level of the brief data', params: new Map() };
  }

  private report(node: Node, message: string): undefined {
    const at = node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : {};
    this.problems.push(problem('template', message, { file: this.file, ...at }));
    return undefined;
  }

  /** The shape a path points at, or undefined (reported) when the data has no such thing. */
  private resolvePath(path: PathNode, scopes: Scope[]): Shape | undefined {
    let shape: Shape;
    let parts = path.parts;
    let where: string;
    if (path.data) {
      const [name, ...rest] = parts;
      if (name === 'root') [shape, where, parts] = [this.options.root ?? this.top.shape, 'the top level of the brief data', rest];
      else if (DATA.has(name) && !rest.length) return VALUE;
      else return this.report(path, `{{${path.original}}}: unknown data variable @${name}; templates have @index, @first, @last, @key and @root`);
    } else {
      const scope = scopes[scopes.length - 1 - path.depth];
      if (!scope) return this.report(path, `{{${path.original}}}: ../ goes above the top level of the brief data`);
      const param = path.depth === 0 && parts.length ? [...scopes].reverse().find((s) => s.params.has(parts[0])) : undefined;
      if (param) [shape, where, parts] = [param.params.get(parts[0])!, `block parameter ${parts[0]}`, parts.slice(1)];
      else [shape, where] = [scope.shape, scope.where];
    }
    for (const part of parts) {
      const next = step(shape, part);
      if (!next) return this.report(path, unknownField(path.original, part, shape, where));
      [shape, where] = [next, part];
    }
    return shape;
  }

  private expression(node: Node, scopes: Scope[]): Shape | undefined {
    if (node.type === 'PathExpression') return this.resolvePath(node as PathNode, scopes);
    if (node.type === 'SubExpression') {
      this.call(node as CallNode, scopes);
      return ANY;
    }
    return VALUE; // literals
  }

  private call(node: CallNode, scopes: Scope[]): void {
    const path = node.path as PathNode;
    const hasArguments = node.params.length > 0 || Boolean(node.hash?.pairs.length);
    const name = path.type === 'PathExpression' && !path.data && path.depth === 0 && path.parts.length === 1 ? path.parts[0] : undefined;
    if (name !== undefined && this.helpers.has(name)) {
      if (name === 't' && node.params[0]?.type === 'StringLiteral') this.checkLabel(node.params[0]);
    } else if (hasArguments) {
      this.report(node, `unknown helper "${path.original}"${suggestion(path.original, [...this.helpers])}; templates have ${[...this.helpers].sort().join(', ')}`);
    } else if (path.type === 'PathExpression') {
      this.resolvePath(path, scopes);
    }
    node.params.forEach((p) => this.expression(p, scopes));
    node.hash?.pairs.forEach((pair) => this.expression(pair.value, scopes));
  }

  private checkLabel(literal: Node): void {
    const key = String(literal.value);
    const labels = this.options.labels;
    if (!labels.includes(key)) this.report(literal, `unknown label "${key}"${suggestion(key, labels)}; labels.yaml has ${labels.join(', ')}`);
  }

  /** #each and #with (and a bare {{#list}}) look inside their subject; #if, #unless and the inverse keep the scope. */
  private block(node: CallNode, scopes: Scope[]): void {
    const path = node.path as PathNode;
    const name = path.parts.length === 1 && !path.data && path.depth === 0 ? path.parts[0] : '';
    this.call(node, scopes);
    let inner = scopes;
    if (name === 'each' || name === 'with' || (!this.helpers.has(name) && !node.params.length)) {
      const subject = name === 'each' || name === 'with' ? node.params[0] : path;
      const shape = subject ? this.expression(subject, scopes) ?? ANY : ANY;
      const iterates = name === 'each' || (name !== 'with' && shape.kind === 'list');
      const item = iterates ? (shape.kind === 'list' ? shape.of : ANY) : shape;
      const label = subject?.type === 'PathExpression' ? (subject as PathNode).original : 'the value';
      const params = new Map<string, Shape>();
      (node.program?.blockParams ?? []).forEach((p, i) => params.set(p, i === 0 ? item : VALUE));
      inner = [...scopes, { shape: item, where: iterates ? `each item of ${label}` : label, params }];
    }
    if (node.program) this.walk(node.program, inner);
    if (node.inverse) this.walk(node.inverse, scopes);
  }

  walk(program: Program, scopes: Scope[]): void {
    for (const node of program.body) {
      if (node.type === 'MustacheStatement' && node.escaped === false) {
        this.report(node, `{{{${String((node as CallNode).path.original)}}}} puts brief text into the markup unescaped, where it could break the slide; use {{…}}`);
      }
      if (node.type === 'MustacheStatement') this.call(node as CallNode, scopes);
      else if (node.type === 'BlockStatement') this.block(node as CallNode, scopes);
      else if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') this.report(node, 'partials ({{> name}}) are not available to slide templates');
    }
  }
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
