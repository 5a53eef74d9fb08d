#!/bin/bash
# Writes the same workbooks with an older checkout's command line (before) and this one's (after)
# and compares them: cell for cell (scripts/compare-workbooks.ts) and part for part of the xlsx
# file (shared formulas resolved to each cell's own first). Cases: the bundled sample in both languages, formulas and values, Cyrillic classes, with
# the robustness sheets; stage 2 on 300 synthetic regions x 12 industries; 10,000 regions, one
# and two years; stage 2 on 10,000 regions x 20 industries.
#   git archive main | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/node_modules
#   (cd /tmp/before && node scripts/build-cli.mjs) && npm run build:cli
#   scripts/compare-before-after.sh /tmp/before
set -u
BEFORE=$(cd "$1" && pwd)
AFTER=$(cd "$(dirname "$0")/.." && pwd)
C=$(mktemp -d)
trap 'rm -rf "$C"' EXIT
S=$AFTER/samples/kazakhstan
(cd "$AFTER" && npx tsx -e "
const { writeFileSync } = require('fs');
const { industryGrid } = require('./test/fixtures/industries');
const { syntheticGrid } = require('./test/fixtures/synthetic');
const tsv = (g) => g.map((r) => r.join('\t')).join('\n');
writeFileSync('$C/r300.tsv', tsv(syntheticGrid(300)));
writeFileSync('$C/i300.tsv', tsv(industryGrid(300, 12)));
writeFileSync('$C/i10000.tsv', tsv(industryGrid(10000, 20)));
writeFileSync('$C/r10000.tsv', tsv(syntheticGrid(10000)));
writeFileSync('$C/r10000b.tsv', tsv(syntheticGrid(10000, 2021)));
")
SAMPLE="--year 2010 $S/kz-2010-susceptibility.tsv $S/kz-2010-activity.tsv --year 2014 $S/kz-2014-susceptibility.tsv $S/kz-2014-activity.tsv --industries 2010 $S/kz-ksi-it-2010-2014.tsv --industries 2014 $S/kz-ksi-it-2010-2014.tsv"
SYN="--year 2020 $C/r300.tsv --industries 2020 $C/i300.tsv"
BIG="--year 2020 $C/r10000.tsv"
BIG2="--year 2020 $C/r10000.tsv --industries 2020 $C/i10000.tsv"
status=0
while IFS='|' read -r tag args; do
  failed=0
  for side in before after; do
    root=$([ $side = before ] && echo "$BEFORE" || echo "$AFTER")
    node "$root/bin/growth-poles.js" rate $(eval echo "$args") --out "$C/$side-$tag.xlsx" --force > /dev/null 2>&1 || { echo "FAILED $side $tag"; failed=1; }
  done
  if [ $failed = 1 ]; then status=1; continue; fi
  (cd "$AFTER" && npx tsx scripts/compare-workbooks.ts "$C/before-$tag.xlsx" "$C/after-$tag.xlsx" 2>/dev/null) || status=1
  mkdir -p "$C/u-before-$tag" "$C/u-after-$tag"
  (cd "$C/u-before-$tag" && unzip -q "../before-$tag.xlsx"); (cd "$C/u-after-$tag" && unzip -q "../after-$tag.xlsx")
  # Shared formulas (after) against a formula per cell (before): each cell's own formula.
  (cd "$AFTER" && npx tsx scripts/resolve-shared-formulas.ts "$C/u-before-$tag" && npx tsx scripts/resolve-shared-formulas.ts "$C/u-after-$tag") || status=1
  n=$(find "$C/u-after-$tag" -type f | wc -l)
  # docProps/core.xml holds the time the file was written.
  if diff -rq -x core.xml "$C/u-before-$tag" "$C/u-after-$tag" > /dev/null; then
    echo "  $tag: all $n parts of the file byte-identical but docProps/core.xml (its time stamp)"
  else echo "  $tag: PARTS DIFFER"; status=1; fi
done <<'LIST'
sample-en|$SAMPLE --lang en
sample-en-values|$SAMPLE --lang en --values-only
sample-ru|$SAMPLE --lang ru
sample-ru-values|$SAMPLE --lang ru --values-only
sample-ru-cyrillic|$SAMPLE --lang ru --alphabet cyrillic
sample-en-robustness|$SAMPLE --lang en --robustness 40 --seed 7
industries300-en|$SYN --lang en
industries300-ru|$SYN --lang ru
regions10000-en|$BIG --lang en
regions10000-ru-values|$BIG --lang ru --values-only
twoyears10000-en|$BIG --year 2021 $C/r10000b.tsv --lang en
industries10000x20-en|$BIG2 --lang en
industries10000x20-ru|$BIG2 --lang ru
industries10000x20-ru-values|$BIG2 --lang ru --values-only
LIST
exit $status
