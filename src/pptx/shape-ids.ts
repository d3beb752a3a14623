// Every shape on a slide gets its own p:cNvPr id (pptxgenjs numbers tables and text boxes on its own; PowerPoint repairs a slide with two alike).
/** The slide with each repeated shape id after its first use replaced by one above every id on the slide. */
export function uniqueShapeIds(xml: string): string {
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  const seen = new Set<number>();
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (whole, id: string) => {
    if (!seen.has(Number(id))) {
      seen.add(Number(id));
      return whole;
    }
    return `<p:cNvPr id="${next++}"`;
  });
}
