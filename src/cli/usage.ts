export const USAGE = `Usage: decision-register <command> [options]

Commands:
  check [PATH|GLOB|- …]   Check decision registers (default: the config's paths)
      --format text|json|sarif|github   Output format (default: text)
      --today YYYY-MM-DD                Date the date rules use (default: today, UTC)
      --config FILE                     Config file (default: .github/decision-register.yml)
  fix [PATH|GLOB|- …]     Apply the certain fixes in place (standard input: to stdout)
      --dry-run                         Print the fixes as a unified diff, change nothing
      --today YYYY-MM-DD                Date the date rules use (default: today, UTC)
      --config FILE                     Config file (default: .github/decision-register.yml)
  agenda [PATH|GLOB|- …]  Print the pre-read of the next review (exit 0)
      --format md|json                  Output format (default: md)
      --today YYYY-MM-DD                Date overdue items are judged on (default: today, UTC)
      --config FILE                     Config file (default: .github/decision-register.yml)
  dashboard [PATH|GLOB|- …] --out DIR
                          Write DIR/STATUS.md and DIR/index.html (exit 0)
      --today YYYY-MM-DD                Date overdue items are judged on (default: today, UTC)
      --config FILE                     Config file (default: .github/decision-register.yml)

Exit codes: 0 no error findings, 1 error findings (check; fix: left after fixing), 2 usage, config or I/O error.
`;
