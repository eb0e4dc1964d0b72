import type { TaggedTerm } from './prose-tagger.js';

export function skipAdverbs(clause: readonly TaggedTerm[], index: number): number {
  let at = index;
  while (clause[at]?.tags.has('Adverb') && at - index < 3) at++;
  return at;
}

/** A base-form verb (or a bare singular word the tagger took for a noun, as in "to poke"). */
export function verbAt(clause: readonly TaggedTerm[], index: number): boolean {
  const term = clause[index];
  if (!term || !/^\p{Ll}/u.test(term.text)) return false;
  const tags = term.tags;
  if (
    term.normal === 'be' ||
    tags.has('Copula') ||
    tags.has('Modal') ||
    tags.has('Auxiliary') ||
    tags.has('Negative')
  )
    return false;
  if (tags.has('Verb')) return !tags.has('PastTense') && !tags.has('Gerund') && !tags.has('Participle');
  // A bare noun reads as a verb only with an object after it ("to poke voting reps", not "to board").
  // (Punctuation between ends the phrase: "FYI to board, no comments" has no object.)
  const object = /^\s*$/.test(term.post) ? clause[index + 1]?.tags : undefined;
  const hasObject =
    object !== undefined &&
    ['Determiner', 'Noun', 'Pronoun', 'Adjective', 'Preposition'].some((tag) => object.has(tag));
  return tags.has('Noun') && tags.has('Singular') && !clause[index - 1]?.tags.has('Determiner') && hasObject;
}

export function negated(clause: readonly TaggedTerm[], index: number): boolean {
  return (
    clause[index]?.tags.has('Negative') === true ||
    clause[index - 1]?.tags.has('Negative') === true ||
    /n['’]t$/.test(clause[index - 1]?.normal ?? '')
  );
}

/** A finite verb after "X to <verb> …" (`PR to update the charter landed last week`). */
export function finiteLater(clause: readonly TaggedTerm[], from: number): boolean {
  for (let i = from; i < clause.length; i++) {
    const term = clause[i]!;
    if (term.tags.has('Conjunction') && !/^(?:and|or)$/.test(term.normal)) return false;
    if ((term.tags.has('Copula') || term.tags.has('Modal')) && !clause[i - 1]?.tags.has('Pronoun'))
      return true;
    const after = clause[i + 1];
    if (
      term.tags.has('PastTense') &&
      clause[i - 1]?.tags.has('Noun') &&
      (!after || after.tags.has('Date') || after.tags.has('Adverb') || after.tags.has('Adjective'))
    )
      return true;
  }
  return false;
}

/** "the action item", "an action", "action": the minutes' noun for a task. */
export function actionNoun(clause: readonly TaggedTerm[], index: number): boolean {
  let at = index;
  if (clause[at]?.normal === 'on') at++;
  if (clause[at]?.tags.has('Determiner')) at++;
  return clause[at]?.normal === 'action' || /^action/.test(clause[at]?.normal ?? '');
}

/** True when all that follows the verb is "you"/"all", time words and particles: a sign-off. */
export function signOff(clause: readonly TaggedTerm[], from: number): boolean {
  const rest = clause.slice(from);
  if (rest.length === 0) return false;
  let addressee = false;
  for (const term of rest) {
    if (/^(?:you|y'all|all|everyone|everybody|there)$/.test(term.normal)) addressee = true;
    else if (
      !(
        term.tags.has('Date') ||
        term.tags.has('Adverb') ||
        term.tags.has('Preposition') ||
        term.tags.has('Determiner') ||
        term.tags.has('Adjective') ||
        term.tags.has('Duration')
      )
    )
      return false;
  }
  return addressee;
}
