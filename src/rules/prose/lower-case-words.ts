/**
 * Lower-case words of `texts` (words that are never capitalised there are not names), and the
 * plurals of initialisms in lower case ("PRs" → `prs`): people's initials take no plural.
 */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  const all = [...texts];
  for (const plural of pluralInitialisms(all)) words.add(plural);
  // Words inside links, paths, file names, addresses ("node.js") and @logins say nothing about names.
  for (const text of all)
    for (const word of text.replace(/\S+[/.@:]\S+|@\S+/g, ' ').match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’-]*/gu) ??
      [])
      words.add(word);
  return words;
}

/** Plurals of initialisms in `texts`, in lower case ("PRs" → `prs`). */
export function pluralInitialisms(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const plural of text.match(/\b\p{Lu}{2,5}s\b/gu) ?? []) words.add(plural.toLowerCase());
  return words;
}

/**
 * Words that `texts` write in lower case more often than capitalised: common words, not
 * names (a name turns up in lower case now and then, in a handle or a slip, but rarely so).
 */
export function mostlyLowerCaseWords(texts: Iterable<string>): Set<string> {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const text of texts)
    for (const word of text.replace(/\S+[/.@:]\S+|@\S+/g, ' ').match(/(?<![\p{L}'’])\p{L}[\p{Ll}'’-]*/gu) ??
      []) {
      const counts = /^\p{Ll}/u.test(word) ? lower : capitalised;
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const words = new Set<string>();
  for (const [word, n] of lower) if (n > (capitalised.get(word) ?? 0)) words.add(word);
  return words;
}
