#!/usr/bin/env bash
# What `--live` costs training: runs the same `./neurite train ARGS` without and with `--live` (the page open in
# headless Chromium all along), alternating, RUNS times each, and prints each run's training time: from the
# second progress line ("Epoch N/10/N") to the last ("Epoch N/N") as they arrive on the pipe, so the JVM's start,
# the wait for the page (--live-wait) and the warm-up after either are left out: 90% of the epochs are timed; and the CPU time of the whole neurite process
# (user + system, /usr/bin/time), which counts the page server's and the drawing threads' work wherever it ran.
#   benchmarks/live-overhead.sh RUNS ARGS...     e.g. benchmarks/live-overhead.sh 5 --samples 1000 --epochs 3000
# Needs chromium on the PATH (Debian's package). Prints a table and the medians.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="$1"
shift
now() { date +%s.%N; }

# Times one run; $1 is "plain" or "live", the rest are neurite's arguments. Prints the training seconds and the
# process's CPU seconds.
timed() {
  local mode="$1" first="" last="" line browser="" dir
  shift
  dir="$(mktemp -d)"
  local extra=()
  [ "$mode" = live ] && extra=(--live)
  while IFS= read -r line; do
    case "$line" in
      "Live page: "*)
        chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
          --disable-component-update --disable-sync --user-data-dir="$dir" --virtual-time-budget=600000 \
          --dump-dom "${line#Live page: }" >"$dir/dom.html" 2>/dev/null &
        browser=$! ;;
      "Epoch 1/"*) ;;
      "Epoch "*)
        local n="${line#Epoch }"
        n="${n%% *}"
        [ -z "$first" ] && first="$(now)"
        [ "${n%/*}" = "${n#*/}" ] && last="$(now)" ;;
    esac
  done < <(/usr/bin/time -f '%U %S' -o "$dir/cpu" "$here/neurite" train "$@" "${extra[@]}")
  if [ -n "$browser" ]; then
    wait "$browser" || true
    grep -q 'data-status="done"' "$dir/dom.html" || { echo "the page did not see the run end" >&2; exit 1; }
  fi
  local cpu
  cpu="$(awk '{print $1 + $2}' "$dir/cpu")"
  rm -rf "$dir"
  echo "$(echo "$last - $first" | bc -l) $cpu"
}

plain=()
live=()
plain_cpu=()
live_cpu=()
printf 'run   training without --live  with --live   process CPU without  with\n'
for i in $(seq "$runs"); do
  read -r p pc <<<"$(timed plain "$@")"
  read -r l lc <<<"$(timed live "$@")"
  plain+=("$p")
  live+=("$l")
  plain_cpu+=("$pc")
  live_cpu+=("$lc")
  printf '%3d  %23.3f s  %9.3f s  %19.2f s  %5.2f s\n' "$i" "$p" "$l" "$pc" "$lc"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mp="$(median "${plain[@]}")"
ml="$(median "${live[@]}")"
mpc="$(median "${plain_cpu[@]}")"
mlc="$(median "${live_cpu[@]}")"
printf 'median training: %.3f s without, %.3f s with --live (%.3f); process CPU: %.2f s, %.2f s (%.3f)\n' \
  "$mp" "$ml" "$(echo "$ml / $mp" | bc -l)" "$mpc" "$mlc" "$(echo "$mlc / $mpc" | bc -l)"
uptime
