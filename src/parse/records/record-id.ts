/** A proposal series folder or key: `teps`, `keps`, `EIPS`, `rfcs`, `adr`, `gep-1651` … */
const SERIES = /^([a-z]{1,2}[ei]p|rfc|adr)s?$/i;

/**
 * A record's id. An explicit number wins, prefixed by the series its key names (`eip: 1588`
 * → `EIP-1588`, `kep-number: 1287` → `KEP-1287`) or by `prefix`; else the number that starts
 * the file name (`0013-use-x.md`, `A27-xds.md`), prefixed by the series of a folder on the
 * path (`teps/0037-…` → `TEP-0037`, `geps/gep-1651/metadata.yaml` → `GEP-1651`) or by
 * `fallback` (`ADR` for ADRs). Undefined when the record is not numbered.
 */
export function recordId(
  file: string,
  explicit: { key: string; value: string } | undefined,
  fallback: string | undefined,
): string | undefined {
  const segments = file.split('/');
  const name = segments.pop() ?? '';
  const folders = segments.reverse();
  if (explicit && /^[A-Za-z]*-?\d+$/.test(explicit.value.trim())) {
    const value = explicit.value.trim();
    if (/^[A-Za-z]/.test(value)) return value;
    const series = explicit.key.replace(/[-_]?(?:number|no|id)$/i, '');
    if (SERIES.test(series)) return `${series.toUpperCase()}-${value}`;
    const prefix = seriesOf(folders) ?? fallback;
    return prefix ? `${prefix}-${value}` : value;
  }
  const numbered = /^(?:([a-z]{1,2}[ei]p|rfc|adr)[-_ ]?)?(\d+)(?=[-_ .])/i.exec(name);
  if (numbered) {
    const prefix = numbered[1]?.toUpperCase() ?? seriesOf(folders) ?? fallback;
    return prefix ? `${prefix}-${numbered[2]}` : numbered[2];
  }
  const lettered = /^([A-Z]\d+)(?=[-_ ])/.exec(name);
  if (lettered) return lettered[1];
  // A numbered folder holds the record (`geps/gep-1651/metadata.yaml`, `keps/sig-x/1287-y/kep.yaml`).
  for (const folder of folders) {
    const match = /^(?:([a-z]{1,2}[ei]p|rfc|adr)[-_]?)?(\d+)(?:[-_]|$)/i.exec(folder);
    if (match) {
      const prefix = match[1]?.toUpperCase() ?? seriesOf(folders) ?? fallback;
      return prefix ? `${prefix}-${match[2]}` : match[2];
    }
  }
  return undefined;
}

/** The series a folder on the path names, nearest first (`teps` → `TEP`). */
function seriesOf(folders: readonly string[]): string | undefined {
  for (const folder of folders) {
    const match = SERIES.exec(folder.replace(/[-_]?\d+$/, ''));
    if (match) return match[1]!.toUpperCase();
    if (/^(?:architecture[-_ ]?)?decision[-_ ]?records?$|^decisions$/i.test(folder)) return 'ADR';
  }
  return undefined;
}
