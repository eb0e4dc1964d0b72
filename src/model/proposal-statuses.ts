/**
 * Lifecycle words of proposal processes (EIP-1, KEP, TEP, GEP, PEP, Rust RFCs) that the
 * general status vocabulary does not know, each mapped to a word it does. A proposal that is
 * `Implementable`/`Implementing` has been accepted (the decision is made, the work goes on);
 * `Last Call` is still open; `Stagnant`/`Dormant` is deferred; `Obsoleted` superseded.
 */
export const PROPOSAL_STATUS_WORDS: Readonly<Record<string, string>> = {
  'last call': 'open',
  idea: 'open',
  prototyping: 'open',
  'pre draft': 'open',
  'final comment period': 'open',
  fcp: 'open',
  stagnant: 'deferred',
  dormant: 'deferred',
  moribund: 'deferred',
  implementable: 'accepted',
  implementing: 'accepted',
  living: 'accepted',
  obsoleted: 'superseded',
};
