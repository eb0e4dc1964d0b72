import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { compareFindings, type Finding } from '../model/finding.js';
import { ruleHelpUri } from '../model/project.js';
import { RULE_CATALOGUE, RULE_IDS, type RuleId } from '../model/rule-catalogue.js';
import { ruleDoc } from '../model/rule-docs.js';

/** Options of the SARIF output. */
export interface SarifOptions {
  /** The tool's version, such as the package version. */
  toolVersion: string;
  /** Where people can read about the tool (the repository or docs URL). */
  informationUri?: string;
}

/** Name of `tool.driver`; code scanning groups alerts by it. */
export const SARIF_TOOL_NAME = 'decision-register';
/** The partialFingerprints key; bump its suffix if the hashed fields ever change. */
export const SARIF_FINGERPRINT_KEY = 'decisionRegister/v1';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * A stable hash of what identifies a finding regardless of its line: rule, file, item and message.
 * Line numbers are left out so that an edit above a finding does not make code scanning see a new alert.
 */
export function findingFingerprint(finding: Finding): string {
  return createHash('sha256')
    .update([finding.rule, finding.file, finding.item ?? '', finding.message].join('\u0000'))
    .digest('hex');
}

/**
 * A repo-relative path as a SARIF relative URI: forward slashes, no leading `./`, each segment
 * percent-encoded (spaces and `#` would otherwise change the URI's meaning).
 */
export function toArtifactUri(file: string): string {
  return file
    .replaceAll('\\', '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** A catalogue rule as SARIF describes it: what code scanning shows next to each alert. */
function ruleDescriptor(id: RuleId): Sarif.ReportingDescriptor {
  const { summary, severity } = RULE_CATALOGUE[id];
  const doc = ruleDoc(id);
  const helpUri = ruleHelpUri(id);
  return {
    id,
    shortDescription: { text: summary },
    fullDescription: { text: doc.full },
    help: {
      text: `${doc.full}\n\nHow to fix: ${doc.fix}\n\n${helpUri}`,
      markdown: `${doc.full}\n\n**How to fix:** ${doc.fix}\n\n[The rule in the README](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: severity },
    properties: { tags: ['decision-register'] },
  };
}

/** The name standard input goes by; it has no URI, so SARIF names it as a logical location. */
const STDIN = '<stdin>';

function sarifLocation(finding: Finding): Sarif.Location {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  if (finding.file === STDIN) {
    return {
      logicalLocations: [{ name: STDIN, kind: 'resource' }],
      message: { text: `${STDIN} line ${startLine}, column ${startColumn}` },
    };
  }
  return {
    physicalLocation: {
      artifactLocation: { uri: toArtifactUri(finding.file), uriBaseId: '%SRCROOT%' },
      region: { startLine, startColumn },
    },
  };
}

/** SARIF 2.1.0 for GitHub code scanning: one run, every catalogue rule, one result per finding. */
export function renderSarif(findings: readonly Finding[], options: SarifOptions): string {
  const rules = RULE_IDS.map(ruleDescriptor);
  const seen = new Map<string, number>();
  const results: Sarif.Result[] = [...findings].sort(compareFindings).map((finding) => {
    const hash = findingFingerprint(finding);
    // Identical findings (same rule, file, item and message) still need distinct fingerprints.
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    const result: Sarif.Result = {
      ruleId: finding.rule,
      ruleIndex: RULE_IDS.indexOf(finding.rule),
      level: finding.severity,
      message: { text: finding.message },
      locations: [sarifLocation(finding)],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: `${hash}:${occurrence}` },
    };
    if (finding.item !== null) result.properties = { item: finding.item };
    if (finding.fix) result.fixes = [sarifFix(finding)];
    return result;
  });
  const driver: Sarif.ToolComponent = { name: SARIF_TOOL_NAME, version: options.toolVersion, rules };
  if (options.informationUri) driver.informationUri = options.informationUri;
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A certain fix as SARIF: one artifact change whose replacements are the edits (1-based, end exclusive). */
function sarifFix(finding: Finding): Sarif.Fix {
  const fix = finding.fix!;
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: toArtifactUri(finding.file), uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: {
            startLine: edit.line,
            startColumn: edit.column,
            endLine: edit.endLine,
            endColumn: edit.endColumn,
          },
          insertedContent: { text: edit.text },
        })),
      },
    ],
  };
}
