// Points with sub-points read as their text where a template prints one as a value ({{this}} in a users' own template).
const showsText = new WeakSet<object>();

/**
 * Every `{ text, points }` point in the brief data prints as its text (a non-enumerable toString, so the data's
 * shape is unchanged): a template written for plain points shows the point, never "[object Object]".
 */
export function pointsPrintAsText<T>(data: T): T {
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || showsText.has(value)) continue;
    showsText.add(value);
    if (Array.isArray(value)) stack.push(...value);
    else {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string' && (record.points === undefined || Array.isArray(record.points)))
        Object.defineProperty(record, 'toString', { value: () => record.text, enumerable: false });
      stack.push(...Object.values(record));
    }
  }
  return data;
}
