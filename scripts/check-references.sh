#!/usr/bin/env bash
# Builds the sample and every stress brief on every reference template in test/fixtures/reference/, then runs
# validate-pptx and render-check on each deck (about 10 minutes; CI runs a subset). Prints one line per deck and
# exits 1 if any deck has a problem. Usage: npm run check:references [-- TEMPLATE...]
set -u
cd "$(dirname "$0")/.."
tools=../shared/tools
out=$(mktemp -d)
templates=("$@")
[ ${#templates[@]} -eq 0 ] && templates=($(ls test/fixtures/reference/*.pptx | xargs -n1 basename | sed 's/\.pptx$//'))
failed=0
for t in "${templates[@]}"; do
  mkdir -p "$out/$t"
  if ! node bin/briefdeck.js build briefs/*.yaml test/fixtures/stress-*.yaml --reference "test/fixtures/reference/$t.pptx" -o "$out/$t" > "$out/$t/build.log" 2>&1; then
    echo "$t: build failed (see $out/$t/build.log)"; failed=1; continue
  fi
  for deck in "$out/$t"/*.pptx; do
    name=$(basename "$deck" .pptx)
    expect=test/fixtures/$name.expect
    valid=$("$tools/validate-pptx" "$deck" | tail -1)
    rendered=$("$tools/render-check" "$deck" $([ -f "$expect" ] && echo --expect "$expect") 2>&1 | tee "$out/$t/$name.txt" | tail -1)
    echo "$t $name | $valid | $rendered"
    [[ "$valid" == *" 0 problems" && "$rendered" == *" 0 problems" ]] || failed=1
  done
done
echo "reports in $out"
exit $failed
