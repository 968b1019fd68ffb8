using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Differentiator.Tests.Support;

/// <summary>
/// A real Python with SymPy (Debian's <c>python3-sympy</c>, installed here when missing and the
/// tests run as root): many formulas are parsed and evaluated in one process.
/// </summary>
public static class SymPy
{
    /// <summary>Debian's Python, explicitly: a pyenv Python without SymPy may come first on PATH.</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>One formula to evaluate: its text, the variables (as the text spells them) and points.</summary>
    public sealed record Job(string Text, IReadOnlyList<string> Variables, IReadOnlyList<double[]> Points);

    private const string Script = """
        import json, sys
        sys.set_int_max_str_digits(0)
        import sympy
        from sympy.parsing.sympy_parser import parse_expr, standard_transformations, convert_xor

        def real_cube_root(a):
            return sympy.sign(a) * sympy.Abs(a) ** sympy.Rational(1, 3)

        # Our function names, for the plain code form (the Python form uses SymPy's own spelling).
        OURS = {
            'ln': sympy.log, 'log': sympy.log, 'log2': lambda a: sympy.log(a, 2), 'log10': lambda a: sympy.log(a, 10),
            'abs': sympy.Abs, 'sign': sympy.sign, 'step': lambda a: sympy.Heaviside(a, 1),
            'sigmoid': lambda a: 1 / (1 + sympy.exp(-a)), 'relu': lambda a: sympy.Max(0, a),
            'softplus': lambda a: sympy.log(1 + sympy.exp(a)), 'max': sympy.Max, 'min': sympy.Min,
            'cbrt': real_cube_root, 'e': sympy.E,
        }

        def value(expr, names, point):
            try:
                v = sympy.N(expr.xreplace({sympy.Symbol(n): sympy.Float(x, 30) for n, x in zip(names, point)}), 30)
                if v.is_real and v.is_finite:
                    return float(v)
            except Exception:
                pass
            return None

        request = json.load(sys.stdin)
        transformations = standard_transformations + ((convert_xor,) if request['ours'] else ())
        answers = []
        for job in request['jobs']:
            local = {n: sympy.Symbol(n) for n in job['variables']}
            if request['ours']:
                local.update(OURS)
            try:
                expr = parse_expr(job['text'], local_dict=local, transformations=transformations)
            except Exception as e:
                answers.append({'error': type(e).__name__ + ': ' + str(e)[:200]})
                continue
            answers.append({'values': [value(expr, job['variables'], p) for p in job['points']]})
        json.dump(answers, sys.stdout)
        """;

    /// <summary>Whether SymPy can be imported, installing Debian's package first when it cannot.</summary>
    public static bool EnsureInstalled()
    {
        if (Imports()) return true;
        return AptGet.Install("python3-sympy") && Imports();
    }

    private static bool Imports() => File.Exists(Python) && Run(Python, ["-c", "import sympy"], null, TimeSpan.FromMinutes(1)).ExitCode == 0;

    /// <summary>
    /// Evaluates every job in one Python process; <paramref name="ourNames"/> reads our function
    /// names and <c>^</c> (the plain code form). Per job: its values (null where SymPy has no real
    /// value), or the error SymPy's parser raised.
    /// </summary>
    public static IReadOnlyList<(double?[]? Values, string? Error)> Evaluate(IReadOnlyList<Job> jobs, bool ourNames)
    {
        var script = Path.Combine(Path.GetTempPath(), $"dx-sympy-{Environment.ProcessId}.py");
        File.WriteAllText(script, Script);
        try
        {
            var request = new JsonObject
            {
                ["ours"] = ourNames,
                ["jobs"] = new JsonArray([.. jobs.Select(j => (JsonNode)new JsonObject
                {
                    ["text"] = j.Text,
                    ["variables"] = new JsonArray([.. j.Variables.Select(v => (JsonNode)v)]),
                    ["points"] = new JsonArray([.. j.Points.Select(p => (JsonNode)new JsonArray([.. p.Select(x => (JsonNode)x)]))]),
                })]),
            };
            var (exit, output, error) = Run(Python, [script], request.ToJsonString(), TimeSpan.FromMinutes(5));
            if (exit != 0) throw new AssertionException($"python3 with SymPy failed ({exit}): {error}");
            return [.. JsonNode.Parse(output)!.AsArray().Select(a => a!["error"] is { } e
                ? ((double?[]?)null, (string?)e.GetValue<string>())
                : ([.. a["values"]!.AsArray().Select(v => v?.GetValue<double>())], null))];
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static DxResult Run(string file, string[] args, string? input, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file);
        foreach (var a in args) start.ArgumentList.Add(a);
        return ChildProcess.Run(start, input, limit);
    }
}
