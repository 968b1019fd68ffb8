#!/usr/bin/env bash
# The web benchmark of docs/notes/web.md: a Release dx serve on loopback, wrk with 32 connections
# posting the lecture's formulas to /api/diff for DURATION seconds (default 60), the server's
# working set before and after, and the load average beside the figures.
# Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-60}"
port="${PORT:-5099}"
out="$(mktemp -d)"
trap 'kill -TERM "$server" 2>/dev/null || true; rm -rf "$out"' EXIT

dotnet build src/Differentiator.Cli -c Release -o "$out/dx" -v q -nologo >/dev/null
dotnet "$out/dx/dx.dll" serve --port "$port" --rate-limit 0 > "$out/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$out/serve.log" 2>/dev/null && break; sleep 0.1; done
kill -0 "$server" 2>/dev/null || { cat "$out/serve.log"; exit 1; }
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
# CPU seconds (user + system) the server has used: requests per CPU second do not depend on how busy the machine is.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$server/stat"; }

# Warm-up (JIT and tiered compilation, which a busy machine delays), then the measured run.
wrk -t2 -c32 -d20s -s tests/load/diff.lua "http://127.0.0.1:$port" > /dev/null
echo "working set after warm-up: $(rss)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
before="$(cpu)"
SECONDS=0
# The working set every 10 s during the run: growth would show as a rising column.
( for _ in $(seq 10 10 "$duration"); do sleep 10; echo "  working set at +$(( ${SECONDS} ))s: $(rss)"; done ) &
sampler=$!
result="$(wrk -t2 -c32 -d"${duration}s" --latency -s tests/load/diff.lua "http://127.0.0.1:$port" | tail -n 1)"
after="$(cpu)"
wait "$sampler" 2>/dev/null || true
echo "$result"
requests="$(echo "$result" | sed -E 's/^requests ([0-9]+).*/\1/')"
echo "server CPU: $(echo "$after - $before" | bc) s for $requests requests: $(echo "$requests / ($after - $before)" | bc) requests per CPU second"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "working set after ${duration} s: $(rss)"
