import picomatch from 'picomatch';
import type { Config } from './config.js';

type Matcher = (path: string) => boolean;
const cache = new WeakMap<Config, { include: Matcher; exclude: Matcher }>();

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
    const compile = (globs: string[]): Matcher =>
      globs.length === 0 ? () => false : picomatch(globs, { dot: true });
    matchers = { include: compile(config.paths), exclude: compile(config.exclude) };
    cache.set(config, matchers);
  }
  return matchers;
}
