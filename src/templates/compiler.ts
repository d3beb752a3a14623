// The Handlebars compiler, loaded only when a template is not precompiled (the runtime alone renders precompiled templates).
import { createRequire } from 'node:module';
import type HandlebarsFull from 'handlebars';

let compiler: typeof HandlebarsFull | undefined;

/** The full Handlebars (parser and compiler), required on first use. */
export function handlebarsCompiler(): typeof HandlebarsFull {
  return (compiler ??= createRequire(import.meta.url)('handlebars') as typeof HandlebarsFull);
}
