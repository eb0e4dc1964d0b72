/**
 * Lifecycle words of proposal processes (EIP-1, KEP, TEP, GEP, PEP, Rust RFCs) that the
 * model's status vocabulary does not know, mapped onto it for decision records. A proposal
 * that is `Implementable`/`Implementing` has been accepted (the decision is made, the work
 * continues); `Last Call` is still open; `Stagnant`/`Dormant` is deferred.
 */
export const PROPOSAL_STATUSES: Readonly<Record<string, string>> = {
  'last call': 'open',
  idea: 'open',
  prototyping: 'open',
  'pre draft': 'open',
  'final comment period': 'open',
  fcp: 'open',
  stagnant: 'deferred',
  dormant: 'deferred',
  moribund: 'deferred',
  implementable: 'resolved',
  implementing: 'resolved',
  living: 'resolved',
  obsoleted: 'superseded',
};
