#!/usr/bin/env bash
# Scores the built CLI on the seed episode and on every gold episode under data/gold/<name>/
# with the shared scorer (../shared/eval/score.mjs). Usage: scripts/score-all.sh [METRIC_REGEX]
# Run `npm run build` first: the CLI runs dist/.
set -u
cd "$(dirname "$0")/.."
pick=${1:-.}
score() { # gold file key
  local out; out=$(mktemp)
  if node bin/podtopics.js extract "$2" --format json > "$out" 2>/tmp/score-all.err; then
    printf '%-34s ' "$(basename "$(dirname "$2")")/$3"
    node ../shared/eval/score.mjs "$1" "$out" "$2" --file "$3" --json | node -e "
      const m = JSON.parse(require('fs').readFileSync(0, 'utf8'));
      const re = new RegExp(process.argv[1]);
      console.log(Object.entries(m).filter(([k]) => re.test(k) && !['words','goldSegments','k'].includes(k)).map(([k, v]) => k + '=' + v).join(' '));" "$pick"
  else
    echo "$2: extract failed: $(head -c 300 /tmp/score-all.err)"
  fi
  rm -f "$out"
}
seed=../shared/data/python-bytes-049
score "$seed/gold.json" "$seed/labeled.txt" labeled
score "$seed/gold.json" "$seed/web.txt" web
for g in data/gold/*/gold.json; do
  d=$(dirname "$g")
  for key in $(node -e "console.log(Object.keys(JSON.parse(require('fs').readFileSync('$g','utf8')).files).join(' '))"); do
    input=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$g','utf8')).files['$key'].input)")
    score "$g" "$d/$input" "$key"
  done
done
