/**
 * Lower-case words of `texts` (words that are never capitalised there are not names), and the
 * plurals of initialisms in lower case ("PRs" → `prs`): people's initials take no plural.
 */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  const all = [...texts];
  for (const plural of pluralInitialisms(all)) words.add(plural);
  // Words inside links, paths, file names and addresses ("node.js") say nothing about names.
  for (const text of all)
    for (const word of text.replace(/\S+[/.@:]\S+/g, ' ').match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’-]*/gu) ?? [])
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
