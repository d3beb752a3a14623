import { parseDocument, isMap, isPair } from 'yaml';
const src = process.argv[2].replace(/\\n/g,'\n');
const doc = parseDocument(src, { schema: 'core', resolveKnownTags: false, uniqueKeys: true, strict: true });
console.log(doc.errors.map(e=>e.code+' '+e.linePos?.[0]?.line+' '+e.message.split('\n')[0]));
const root = doc.contents;
console.log(root?.constructor.name);
if (isMap(root)) for (const p of root.items) console.log(' ', JSON.stringify(p.key?.toJSON?.() ?? p.key), p.key?.range, '=>', JSON.stringify(p.value?.toJSON?.()));
