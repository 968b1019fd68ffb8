#!/usr/bin/env bash
# End-to-end throughput of dx grade: a class's typical answers (generated, seeded) at several sizes,
# graded by the Release build with the JSON report to /dev/null. Prints rows, wall and CPU seconds,
# answers per second and the peak memory (max RSS) of each run, and the load average. STUDENTS=n
# keeps the class at n students (they answer again and again) instead of one new student per 17 rows.
# Usage: [STUDENTS=2000] tests/Differentiator.Benchmarks/grade-end-to-end.sh [ROWS...]   (default: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Differentiator.Cli >/dev/null
dotnet build -c Release tests/Differentiator.Benchmarks >/dev/null
dx="src/Differentiator.Cli/bin/Release/net10.0/dx.dll"
generator="tests/Differentiator.Benchmarks/bin/Release/net10.0/Differentiator.Benchmarks.dll"

printf '%10s %9s %9s %12s %12s %10s\n' rows wall_s cpu_s answers/s answers/cpu_s maxRSS_MB
for rows in "${sizes[@]}"; do
  dotnet "$generator" generate-answers "$work/answers.csv" "$rows" ${STUDENTS:-}
  for run in 1 2; do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" dotnet "$dx" grade examples/grading/exercises.yaml "$work/answers.csv" --format json > /dev/null
    read -r wall user sys rss < "$work/time"
    awk -v r="$rows" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
      'BEGIN { printf "%10d %9.2f %9.2f %12.0f %12.0f %10.1f\n", r, w, u + s, r / w, r / (u + s), m / 1024 }'
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
