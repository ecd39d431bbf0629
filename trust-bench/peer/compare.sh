#!/usr/bin/env bash
# Times `hledger check` against `trust validate` on the same generated ledger, at 100,000 and
# 1,000,000 transactions: wall time and peak resident memory, best of three runs each.
#
# Needs: hledger (Debian: apt-get install hledger) and GNU time (apt-get install time).
# Run from the repository root after building: mvn -B -ntp -q -DskipTests package
# Not part of CI. Writes its files to trust-bench/target/peer/ and prints a Markdown table.
# Environment: PEER_SIZES (default "100000 1000000"), PEER_RUNS (default 3), PEER_MAX_RSS_MB (a
# run whose resident memory passes it, checked every second, is stopped and reported as such;
# default: no limit).
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v hledger >/dev/null || { echo "compare.sh: hledger is not installed (apt-get install hledger)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "compare.sh: GNU time is not installed (apt-get install time)" >&2; exit 2; }
bench=trust-bench/target/benchmarks.jar
trust=trust-cli/target/trust.jar
for jar in "$bench" "$trust"; do
  [ -f "$jar" ] || { echo "compare.sh: $jar is missing; build with: mvn -B -ntp -q -DskipTests package" >&2; exit 2; }
done
out=trust-bench/target/peer
mkdir -p "$out"
sizes=${PEER_SIZES:-"100000 1000000"}
runs=${PEER_RUNS:-3}
max_rss_kb=$(( ${PEER_MAX_RSS_MB:-0} * 1024 ))

# best (lowest) wall time of $runs runs, with the peak RSS of that run: prints "seconds kilobytes"
best() {
  local best_s="" best_kb=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" &
    local timer=$! stopped=""
    while kill -0 "$timer" 2>/dev/null; do
      sleep 1
      local child rss
      child=$(pgrep -P "$timer" | head -n 1 || true)
      if [ "$max_rss_kb" -gt 0 ] && [ -n "$child" ]; then
        rss=$(awk '/^VmRSS/ {print $2}' "/proc/$child/status" 2>/dev/null || true)
        if [ -n "$rss" ] && [ "$rss" -gt "$max_rss_kb" ]; then stopped=yes; kill "$child"; fi
      fi
    done
    local code=0
    wait "$timer" || code=$?
    if [ -n "$stopped" ]; then
      read -r s kb < <(tail -n 1 "$out/time.txt")
      echo "stopped-at-${s}s ${kb}"
      return
    fi
    # trust validate exits 1 for errors found; anything else is a failure of the run
    if [ "$code" -ne 0 ] && [ "$code" -ne 1 ]; then
      cat "$out/stderr.txt" >&2; echo "compare.sh: '$*' failed ($code)" >&2; exit 2
    fi
    read -r s kb < <(tail -n 1 "$out/time.txt")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_kb=$kb; fi
  done
  echo "$best_s $best_kb"
}

echo "| transactions | file sizes (trust / hledger) | tool | wall time (s) | peak RSS (MB) |"
echo "|---|---|---|---|---|"
for n in $sizes; do
  java -Xmx8g -cp "$bench" org.propertytrust.bench.PeerLedgers "$n" "$out" >/dev/null
  book="$out/trust-$n.json"
  journal="$out/hledger-$n.journal"
  sizes_mb=$(awk -v a="$(stat -c %s "$book")" -v b="$(stat -c %s "$journal")" 'BEGIN{printf "%.0f MB / %.0f MB", a/1e6, b/1e6}')
  read -r s kb < <(best hledger check --strict ordereddates -f "$journal")
  printf "| %s | %s | hledger check --strict ordereddates | %s | %.0f |\n" "$n" "$sizes_mb" "$s" "$(awk -v k="$kb" 'BEGIN{print k/1024}')"
  read -r s kb < <(best java -jar "$trust" validate "$book")
  printf "| %s | %s | trust validate | %s | %.0f |\n" "$n" "$sizes_mb" "$s" "$(awk -v k="$kb" 'BEGIN{print k/1024}')"
  read -r s kb < <(best java -Xmx256m -jar "$trust" validate "$book")
  printf "| %s | %s | trust validate, -Xmx256m | %s | %.0f |\n" "$n" "$sizes_mb" "$s" "$(awk -v k="$kb" 'BEGIN{print k/1024}')"
done
