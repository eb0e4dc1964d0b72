/**
 * The people an author/deciders value names, as written: split at commas and semicolons
 * outside brackets (`Peter Davies (@petertdavies), Ann (@ann)`), and at a final ` and `.
 */
export function splitPeople(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if ('([<{'.includes(char)) depth++;
    else if (')]>}'.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === ';')) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts
    .flatMap((part) => (depth === 0 ? part.split(/\s+and\s+(?![^(]*\))/) : [part]))
    .map((part) => part.trim().replace(/^and\s+/, ''))
    .filter((part) => part !== '' && !/^(?:n\/?a|none|-|—|\{.*\}|<.*>)$/i.test(part));
}
