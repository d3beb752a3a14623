// Types for markdown-it's emphasis rule module (published under markdown-it/lib, untyped by @types/markdown-it).
declare module 'markdown-it/lib/rules_inline/emphasis.mjs' {
  import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
  const emphasis: { tokenize(state: StateInline, silent: boolean): boolean; postProcess(state: StateInline): boolean | void };
  export default emphasis;
}
