// The --help text of `atlas score`, on its own so the help prints without loading the scoring run.
export const SCORE_USAGE = `Usage: atlas score [--target-org <alias>] [--where <SOQL condition>] [--dry-run]

  --where <condition>   only open opportunities matching this SOQL condition on Opportunity,
                        e.g. --where "StageName = 'Proposal/Price Quote' AND Amount > 50000"
  --dry-run             score and report what would change; write nothing
  --failures <file>     where to write the failed records (default .atlas/score-failures-<time>.csv)
`;
