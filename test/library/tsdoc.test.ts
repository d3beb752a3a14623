// Every export of the library entry (src/index.ts) carries TSDoc at its declaration: what it takes, returns and throws.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../watch/child.js';

/** The library entry's exports, each with the documentation an editor shows for it (empty when there is none). */
function documentedExports(): { name: string; doc: string; tags: string[] }[] {
  const entry = join(REPO, 'src', 'index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return {
      name: exported.name,
      doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
      tags: symbol.getJsDocTags(checker).map((tag) => tag.name),
    };
  });
}

describe('the library entry', () => {
  const exported = documentedExports();

  it('documents every export at its declaration', () => {
    expect(exported.length).toBeGreaterThan(30);
    expect(exported.filter((e) => e.doc.length < 20).map((e) => e.name)).toEqual([]);
  });

  it('says what the functions that build, load and write take, return and throw', () => {
    const functions = [
      'buildDeckFromFile',
      'buildDeckFromText',
      'writeDeck',
      'buildDeck',
      'loadTemplates',
      'loadBrief',
      'briefFromText',
      'writeAtomic',
      'watchBriefs',
    ];
    for (const name of functions) {
      const tags = exported.find((e) => e.name === name)?.tags ?? [];
      expect({ name, tags: ['param', 'throws'].filter((tag) => tags.includes(tag)) }).toEqual({ name, tags: ['param', 'throws'] });
    }
  });
});
