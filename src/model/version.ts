/** The package version, injected at bundle time (scripts/build.mjs); "dev" when run from source. */
export const VERSION: string = typeof __DR_VERSION__ === 'string' ? __DR_VERSION__ : 'dev';

declare const __DR_VERSION__: string | undefined;
