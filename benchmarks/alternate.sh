#!/usr/bin/env bash
# Runs shell commands alternately (A B A B ...) RUNS times each and prints, per command, the median wall time and
# the median CPU time (user + system, /usr/bin/time) with every wall time, then the load (uptime). Alternating
# spreads a shared machine's changing load evenly over the commands, so their ratios mean something even when
# the absolute times do not.
#   benchmarks/alternate.sh RUNS NAME1 'COMMAND1' NAME2 'COMMAND2' ...
#   e.g. benchmarks/alternate.sh 9 cds './neurite train' no-cds 'NEURITE_CDS=0 ./neurite train'
set -euo pipefail
runs="$1"
shift
names=()
cmds=()
while [ $# -gt 1 ]; do
  names+=("$1")
  cmds+=("$2")
  shift 2
done
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
walls=()
cpus=()
for i in $(seq "$runs"); do
  for k in "${!names[@]}"; do
    /usr/bin/time -f '%e %U %S' -o "$tmp" bash -c "${cmds[$k]}" >/dev/null 2>&1 || { echo "failed: ${names[$k]}" >&2; exit 1; }
    read -r w u s <"$tmp"
    walls[$k]="${walls[$k]:-}$w "
    cpus[$k]="${cpus[$k]:-}$(echo "$u + $s" | bc) "
  done
done
median() { printf '%s\n' $1 | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for k in "${!names[@]}"; do
  printf '%-12s wall median %6.3f s  cpu median %6.3f s  (walls: %s)\n' "${names[$k]}" "$(median "${walls[$k]}")" \
    "$(median "${cpus[$k]}")" "${walls[$k]% }"
done
uptime
