"""Issue 13: is the printed length of our derivatives within 1.5x SymPy's simplify?

Reads the JSON lines of `Differentiator.Fuzz --derivatives N` on standard input. For each formula
it differentiates with SymPy, simplifies (a time limit per formula), and compares the length of
SymPy's str() of the simplified derivative with
  - ours, same printer: our derivative (Python code form) read by SymPy without evaluation,
    printed by the same str(): the fair comparison of the two trees;
  - ours, our text: our own text form (implicit products, ^), as `dx diff` prints it.
Usage: dotnet run --project tests/Differentiator.Fuzz -c Release -- --derivatives 1000 --seed 7 \
         | python3 tests/Differentiator.Fuzz/sympy_length.py [seconds per formula, default 20]
Run it with Debian's python3 (python3-sympy).
"""
import json
import signal
import statistics
import sys

import sympy
from sympy.parsing.sympy_parser import parse_expr, standard_transformations

sys.set_int_max_str_digits(0)
LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 20


class TimeUp(Exception):
    pass


def alarm(signum, frame):
    raise TimeUp()


signal.signal(signal.SIGALRM, alarm)


def share_within(ratios, bound=1.5):
    return sum(1 for r in ratios if r <= bound) / len(ratios)


def summary(name, rows):
    ratios = sorted(r[0] for r in rows)
    worst = max(rows, key=lambda r: r[0])
    print(f"{name}: {share_within(ratios):.1%} within 1.5x of SymPy's simplify "
          f"({sum(1 for r in ratios if r <= 1.5)} of {len(ratios)}), median ratio {statistics.median(ratios):.2f}, "
          f"90th percentile {ratios[int(0.9 * (len(ratios) - 1))]:.2f}, worst {worst[0]:.1f} (input {worst[1]})")


def report(*_):
    print(f"{len(same)} derivatives compared; left out: {skipped or 'none'}")
    if same:
        summary("same printer (SymPy's str of both)", same)
        summary("our text form against SymPy's str", text)
    sys.stdout.flush()


def stop(*_):
    print("stopped early")
    report()
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)  # a stopped run still reports what it compared
same, text, skipped = [], [], {}
for number, line in enumerate(sys.stdin, 1):
    if number % 50 == 0:
        print(f"  {number} read, {len(same)} compared", file=sys.stderr, flush=True)
    job = json.loads(line)
    local = {n: sympy.Symbol(n) for n in job['variables']}
    try:
        signal.alarm(LIMIT)
        f = parse_expr(job['formula'], local_dict=dict(local), transformations=standard_transformations)
        ours = parse_expr(job['derivative'], local_dict=dict(local), transformations=standard_transformations, evaluate=False)
        theirs = max(len(str(sympy.simplify(sympy.diff(f, local[job['variable']])))), 1)
        mine = len(str(ours))
        signal.alarm(0)
    except TimeUp:
        skipped['SymPy over the time limit'] = skipped.get('SymPy over the time limit', 0) + 1
        continue
    except Exception as e:  # noqa: BLE001 - a formula SymPy cannot read is counted, not fatal
        signal.alarm(0)
        key = 'SymPy failed: ' + type(e).__name__
        skipped[key] = skipped.get(key, 0) + 1
        continue
    same.append((mine / theirs, job['index']))
    text.append((len(job['text']) / theirs, job['index']))

report()
