import picomatch from 'picomatch';
import type { Config } from './config.js';

type Matcher = (path: string) => boolean;
const cache = new WeakMap<Config, { include: Matcher; exclude: Matcher }>();
// The app parses each event's config afresh (a new object), so matchers are also kept by their
// globs: compiling them (picomatch) was a millisecond per job. Bounded; few distinct sets exist.
const byGlobs = new Map<string, { include: Matcher; exclude: Matcher }>();
const MAX_GLOB_SETS = 1000;

/**
 * True when a repo-relative path is a register file: it matches `paths` and not `exclude`.
 * Dot files and folders match; backslashes and a leading `./` are normalised away.
 */
export function isRegisterPath(config: Pick<Config, 'paths' | 'exclude'>, path: string): boolean {
  const normal = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  const { include, exclude } = matchersFor(config as Config);
  return include(normal) && !exclude(normal);
}

function matchersFor(config: Config): { include: Matcher; exclude: Matcher } {
  let matchers = cache.get(config);
  if (!matchers) {
    const key = JSON.stringify([config.paths, config.exclude]);
    matchers = byGlobs.get(key);
    if (!matchers) {
      const compile = (globs: string[]): Matcher =>
        globs.length === 0 ? () => false : picomatch(globs, { dot: true });
      matchers = { include: compile(config.paths), exclude: compile(config.exclude) };
      if (byGlobs.size >= MAX_GLOB_SETS) byGlobs.clear();
      byGlobs.set(key, matchers);
    }
    cache.set(config, matchers);
  }
  return matchers;
}
