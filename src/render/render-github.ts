import { compareFindings, type Finding } from '../model/finding.js';

/**
 * Escapes a workflow command's data part exactly as @actions/core does (`escapeData`), so the
 * runner decodes it back to the original text. Kept here because render/ must not import @actions.
 */
export function escapeCommandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command property value as @actions/core does (`escapeProperty`). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * GitHub workflow commands, one line per finding:
 * `::error file=F,line=L,col=C,title=RULE::MESSAGE` (`::warning …` for warnings).
 * Empty string when there are no findings; otherwise every line ends with `\n`.
 */
export function renderGithubAnnotations(findings: readonly Finding[]): string {
  return [...findings]
    .sort(compareFindings)
    .map((finding) => {
      const properties = [
        `file=${escapeCommandProperty(finding.file)}`,
        `line=${Math.max(1, finding.line)}`,
        `col=${Math.max(1, finding.column)}`,
        `title=${escapeCommandProperty(finding.rule)}`,
      ].join(',');
      return `::${finding.severity} ${properties}::${escapeCommandData(finding.message)}\n`;
    })
    .join('');
}
