/**
 * The port to the natural-language library (compromise) that tags people, verbs and tense in
 * prose. The library is large (about half a second to load), so it is imported on demand:
 * the check step calls {@link loadProseTagger} only when some register has prose to read
 * (`prepareCheck`), and the rules, which are synchronous, take what was loaded.
 */

/** One word as the tagger read it. */
export interface TaggedTerm {
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** Lower case, without accents and apostrophe forms. */
  normal: string;
  /** Part-of-speech tags: `Person`, `Verb`, `Modal`, `PastTense`, `Infinitive`, `Pronoun` … */
  tags: ReadonlySet<string>;
  /** Punctuation and space before and after the word. */
  pre: string;
  post: string;
  /** Offset of `text` in the tagged string (UTF-16 units). */
  start: number;
}

/** Tags text; never throws. */
export interface ProseTagger {
  /** The sentences of `text`, each as its tagged words. */
  sentences(text: string): TaggedTerm[][];
  /** The library's own tag for a lower-case word it knows, else undefined. */
  knownAs(word: string): string | undefined;
}

let loaded: ProseTagger | undefined;
let loading: Promise<ProseTagger> | undefined;

/** Loads the tagger once (later calls share the first load). */
export function loadProseTagger(): Promise<ProseTagger> {
  loading ??= import('compromise/two').then((module) => {
    loaded = compromiseTagger(module.default as unknown as Nlp);
    return loaded;
  });
  return loading;
}

/** The tagger if {@link loadProseTagger} has finished, else undefined. */
export function loadedProseTagger(): ProseTagger | undefined {
  return loaded;
}

interface NlpTerm {
  text?: string;
  normal?: string;
  tags?: string[];
  pre?: string;
  post?: string;
  offset?: { start?: number };
}

interface Nlp {
  (text: string): { json(options: object): Array<{ terms?: NlpTerm[] }> };
  model(): { one: { lexicon: Record<string, string | string[] | undefined> } };
}

function compromiseTagger(nlp: Nlp): ProseTagger {
  const lexicon = nlp.model().one.lexicon;
  return {
    sentences(text) {
      try {
        return nlp(text)
          .json({ offset: true, terms: { offset: true } })
          .map((sentence) =>
            (sentence.terms ?? []).map((term) => ({
              text: term.text ?? '',
              normal: term.normal ?? '',
              tags: new Set(term.tags ?? []),
              pre: term.pre ?? '',
              post: term.post ?? '',
              start: term.offset?.start ?? 0,
            })),
          );
      } catch {
        return [];
      }
    },
    knownAs(word) {
      const tag = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
      return Array.isArray(tag) ? tag[0] : tag;
    },
  };
}
