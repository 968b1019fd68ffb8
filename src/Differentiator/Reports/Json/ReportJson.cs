using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Differentiator.Calculus.Numeric;
using Differentiator.Calculus.Symbolic;

namespace Differentiator.Reports;

/// <summary>
/// The one JSON serializer of reports, shared by <c>dx … --format json</c> and the web API, so
/// the two cannot drift. Every document about a formula starts with the same fields (<c>input</c>,
/// <c>reading</c>, <c>text</c>, <c>code</c>, <c>latex</c>, <c>mathml</c> (presentation MathML, which
/// browsers render), <c>variables</c>, <c>warnings</c>), and each derivative has its <c>mathml</c> too;
/// warnings and notes are objects (<c>severity</c>, <c>code</c>, <c>message</c>, and <c>start</c>,
/// <c>length</c> where there is a position, 0-based); a point echoes each value as written
/// (<c>3</c> and <c>3.0</c> differ); numbers that are not finite are null. The schema is
/// <c>docs/schema/dx-output.schema.json</c>.
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A document as indented text.</summary>
    public static string Write(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToJsonString(Options);
    }

    /// <summary>A document on one line (for JSON Lines).</summary>
    public static string WriteLine(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToJsonString(new JsonSerializerOptions(Options) { WriteIndented = false });
    }

    /// <summary><c>dx parse</c>, <c>POST /api/parse</c>.</summary>
    public static JsonObject Of(ParseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Describe(report.Formula, report.Messages);
    }

    /// <summary><c>dx eval</c>, <c>POST /api/eval</c>: the formula's fields, <c>at</c> and <c>value</c>.</summary>
    public static JsonObject Of(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = Describe(report.Formula, report.Messages);
        if (report.At is not null) json["at"] = Point(report.At);
        json["value"] = JsonNumbers.Of(report.Value);
        return json;
    }

    /// <summary><c>dx diff</c> and <c>dx grad</c>: the formula's fields, <c>at</c>, <c>derivatives</c>, and for grad the <c>gradient</c>.</summary>
    public static JsonObject Of(DiffReport report, bool gradient = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = Describe(report.Formula, report.Messages);
        if (report.At is not null) json["at"] = Point(report.At);
        json["derivatives"] = new JsonArray([.. report.Partials.Select(p => (JsonNode)Partial(p))]);
        if (gradient) json["gradient"] = new JsonArray([.. report.Values.Select(JsonNumbers.Of)]);
        return json;
    }

    /// <summary><c>dx numdiff</c>: the formula's fields, the input array <c>at</c> laid out as <c>vars</c>, the gradient as NumPy holds and prints it.</summary>
    public static JsonObject Of(NumDiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report.Result;
        var json = Describe(report.Formula, report.Messages);
        json["vars"] = JsonNumbers.Names(report.Layout);
        json["at"] = JsonNumbers.Array(r.Input);
        json["grad"] = JsonNumbers.Array(r.Gradient);
        json["numpy_print"] = r.Gradient.ToString();
        json["dtype"] = r.Input.DType.Name();
        json["grad_dtype"] = r.Gradient.DType.Name();
        json["delta"] = r.Options.Delta;
        json["scheme"] = r.Options.Scheme.Name();
        if (r.Options.Trace) json["trace"] = Strings(r.Trace);
        return json;
    }

    /// <summary><c>dx compare</c>: the formula's fields, <c>at</c>, the value, and per variable every column with its verdict.</summary>
    public static JsonObject Of(CompareReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Comparison;
        var json = Describe(report.Formula, report.Messages);
        json["at"] = Point(report.At);
        json["input_dtype"] = c.IsIntegerInput ? "int64" : "float64";
        json["value"] = JsonNumbers.Of(c.Value);
        json["delta"] = c.Options.Delta;
        json["comparisons"] = new JsonArray([.. c.Variables.Select(v => (JsonNode)Comparison(v))]);
        return json;
    }

    /// <summary><c>dx functions</c>: <c>{"functions": [{"name", "aliases", "min_args", "max_args", "description", "rules", "domain", "derivative_note"}]}</c>.</summary>
    public static JsonObject Of(IReadOnlyList<FunctionReport> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        return new JsonObject
        {
            ["functions"] = new JsonArray([.. functions.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["aliases"] = Strings(f.Aliases),
                ["min_args"] = f.MinArguments,
                ["max_args"] = f.MaxArguments,
                ["description"] = f.Description,
                ["rules"] = Strings(f.Rules),
                ["domain"] = f.Domain,
                ["derivative_note"] = f.DerivativeNote,
            })]),
        };
    }

    /// <summary><c>dx seq</c>: <c>{"names": ["a", "b"], "terms": [{"n": 1, "a": "1", "b": "1"}, …]}</c>, values as exact strings.</summary>
    public static JsonObject Of(SequenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["definitions"] = report.System.Text,
            ["names"] = Strings(report.System.Names),
            ["terms"] = new JsonArray([.. report.Terms.Select(t =>
            {
                var term = new JsonObject { ["n"] = t.N };
                foreach (var name in report.System.Names) term[name] = t.Values[name].ToString();
                return (JsonNode)term;
            })]),
        };
    }

    /// <summary><c>dx train</c>: <c>{"gate": "and", "epochs": 5000, "loss": 0.012, "weights": {"w1": …}, "rows": [[0,0,0],…], "learned": true, "gradient": "symbolic", "seconds": …}</c>.</summary>
    public static JsonObject Of(TrainingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = Training(report.Result);
        if (report.Symbolic is { } symbolic)
        {
            json["symbolic"] = Training(symbolic);
            json["largest_weight_difference"] = JsonNumbers.Of(report.LargestWeightDifference);
        }
        return json;
    }

    private static JsonObject Training(Neural.TrainingResult r) => new()
    {
        ["gate"] = r.Gate.ToString().ToLowerInvariant(),
        ["hidden"] = r.Options.Hidden,
        ["epochs"] = r.Options.Epochs,
        ["rate"] = r.Options.Rate,
        ["seed"] = r.Options.Seed,
        ["loss_function"] = r.Options.Loss == Neural.TrainingLoss.Squared ? "squared" : "cross-entropy",
        ["initial_loss"] = JsonNumbers.Of(r.LossHistory[0]),
        ["loss"] = JsonNumbers.Of(r.Loss),
        ["weights"] = new JsonObject(r.Weights.Select(w => KeyValuePair.Create(w.Key, JsonNumbers.Of(w.Value)))),
        ["rows"] = new JsonArray([.. r.Rows.Select(row => (JsonNode)new JsonArray(row.X1, row.X2, row.Output))]),
        ["activations"] = new JsonArray([.. r.Rows.Select(row => JsonNumbers.Of(row.Activation))]),
        ["learned"] = r.Learned,
        ["explanation"] = r.Explanation,
        ["gradient"] = r.Gradient,
        ["seconds"] = r.Seconds,
    };

    /// <summary><c>dx table</c>: the formula's fields, the column headings and formulas, and the rows (null where undefined).</summary>
    public static JsonObject Of(TableReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = Describe(report.Formula, report.Messages);
        json["columns"] = Strings(report.Headings);
        json["formulas"] = Strings(report.Columns.Select(c => c.ToText()));
        json["rows"] = new JsonArray([.. report.Rows.Select(r => (JsonNode)new JsonArray([JsonNumbers.Of(r.X), .. r.Values.Select(JsonNumbers.Of)]))]);
        return json;
    }

    /// <summary><c>dx perceptron</c>: the unit as a formula and, per input, z, y and for the sigmoid the lecture's y with e ≈ 2.7.</summary>
    public static JsonObject Of(PerceptronReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["unit"] = report.Unit.ToText(),
            ["outputs"] = new JsonArray([.. report.Outputs.Select(o => (JsonNode)new JsonObject
            {
                ["inputs"] = new JsonArray([.. o.Inputs.Select(JsonNumbers.Of)]),
                ["z"] = JsonNumbers.Of(o.Z),
                ["y"] = JsonNumbers.Of(o.Y),
                ["lecture_y"] = JsonNumbers.Of(o.LectureY),
                ["differs_from_lecture"] = o.DiffersFromLecture,
            })]),
        };
    }

    /// <summary><c>dx gates</c>: <c>{"gates": [{"name": "AND", "inputs": ["x1","x2"], "rows": [[0,0,0],[0,1,0],[1,0,0],[1,1,1]], "promised": "AND", "correct": true}, …]}</c>, the last entry of a row being the output.</summary>
    public static JsonObject Of(GatesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["source"] = report.Source,
            ["gates"] = new JsonArray([.. report.Tables.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name,
                ["inputs"] = Strings(t.Inputs),
                ["rows"] = new JsonArray([.. t.Rows.Select(r => (JsonNode)new JsonArray([.. r.Select(Bit)]))]),
                ["promised"] = t.Promised,
                ["correct"] = t.IsCorrect,
            })]),
            ["all_correct"] = report.AllCorrect,
        };
    }

    /// <summary>A 0/1 value as an integer, anything else as a number (null when undefined).</summary>
    private static JsonNode? Bit(double value) => value is 0 or 1 ? JsonValue.Create((int)value) : JsonNumbers.Of(value);

    /// <summary><c>{"error": {"code", "message", "start", "length"}}</c>, offsets 0-based where there is a position.</summary>
    public static JsonObject Of(ErrorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject { ["error"] = Error(report) };
    }

    /// <summary>The fields of <see cref="Of(ErrorReport)"/>'s <c>error</c>: <c>code</c>, <c>message</c>, and <c>start</c>, <c>length</c> where there is a position.</summary>
    internal static JsonObject Error(ErrorReport report)
    {
        var error = new JsonObject { ["code"] = report.Code, ["message"] = report.Message };
        if (report.Span is { } span)
        {
            error["start"] = span.Start;
            error["length"] = span.Length;
        }
        return error;
    }

    private static JsonObject Describe(Formula f, IReadOnlyList<ReportMessage> messages) => new()
    {
        ["input"] = f.Source,
        ["reading"] = f.Reading,
        ["text"] = f.ToText(),
        ["code"] = f.ToCode(),
        ["latex"] = f.ToLatex(),
        ["mathml"] = f.ToMathMl(),
        ["variables"] = Strings(f.Variables),
        ["warnings"] = new JsonArray([.. messages.Select(m => (JsonNode)Message(m))]),
    };

    private static JsonObject Message(ReportMessage m)
    {
        var json = new JsonObject
        {
            ["severity"] = m.Severity.ToString().ToLowerInvariant(),
            ["code"] = m.Code,
            ["message"] = m.Message,
        };
        if (m.Span is { } span)
        {
            json["start"] = span.Start;
            json["length"] = span.Length;
        }
        return json;
    }

    private static JsonObject Point(Point point) =>
        new(point.Coordinates.Select(c => KeyValuePair.Create(c.Name, JsonNumbers.AsWritten(c))));

    private static JsonObject Partial(PartialReport p)
    {
        var e = p.Derivative;
        var json = new JsonObject
        {
            ["wrt"] = p.Variable,
            ["order"] = p.Order,
            ["result"] = e.ToText(),
            ["code"] = e.ToCode(),
            ["latex"] = e.ToLatex(),
            ["mathml"] = e.ToMathMl(),
        };
        if (p.Value is { } v) json["value"] = JsonNumbers.Of(v);
        if (p.ValueError is { } error) json["error"] = error;
        if (p.Steps.Count > 0)
            json["steps"] = new JsonArray([.. p.Steps.Select(s => (JsonNode)new JsonObject
            {
                ["text"] = s.ToText(),
                ["latex"] = s.ToLatex(),
                ["rules"] = new JsonArray([.. s.ShownSteps.Select(Step)]),
                ["omittedRules"] = s.OmittedSteps,
            })]);
        return json;
    }

    private static JsonNode Step(DerivationStep s)
    {
        var json = new JsonObject
        {
            ["rule"] = s.Rule.ToString(),
            ["depth"] = s.Depth,
            ["expression"] = Shown(s.Expression),
            ["result"] = Shown(s.Result),
        };
        if (s.Substitution is { } c)
        {
            json["substitution"] = new JsonObject
            {
                ["variable"] = c.Variable.Name,
                ["inner"] = Shown(c.Inner),
                ["outer"] = Shown(c.Outer),
                ["outerDerivative"] = Shown(c.OuterDerivative),
                ["innerDerivative"] = Shown(c.InnerDerivative),
            };
        }
        return json;
    }

    /// <summary>A formula of a step, cut as the step renderings cut it.</summary>
    private static string Shown(Expressions.Expr e) => e.ToString(Derivation.FormulaCharacters);

    private static JsonObject Comparison(VariableComparison v)
    {
        var json = new JsonObject
        {
            ["variable"] = v.Variable,
            ["symbolic"] = v.Symbolic,
            ["exact"] = JsonNumbers.Of(v.Exact),
            ["exact_source"] = v.ExactSource,
            ["central"] = Trusted(v, NumericColumn.Central, v.Central),
            ["abs_error"] = Trusted(v, NumericColumn.Central, v.AbsoluteError),
            ["rel_error"] = Trusted(v, NumericColumn.Central, v.RelativeError),
            ["int64_central"] = v.IntegerCentral,
            ["int64_central_float_grad"] = JsonNumbers.Of(v.IntegerCentralFloatGradient),
            ["complex_step"] = Trusted(v, NumericColumn.ComplexStep, v.ComplexStep),
            ["dual"] = Trusted(v, NumericColumn.Dual, v.Dual),
            ["untrusted"] = new JsonObject(v.Doubts.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)new JsonObject
            {
                ["computed"] = JsonNumbers.Of(d.Value),
                ["reason"] = d.Reason,
            }))),
            ["verdict"] = new JsonObject
            {
                ["agrees"] = v.Verdict.Agrees,
                ["summary"] = v.Verdict.Summary,
                ["reasons"] = Strings(v.Verdict.Reasons.Select(Verdict.Describe)),
                ["explanation"] = v.Verdict.Explanation,
            },
        };
        if (v.Sweep is { } sweep)
        {
            json["sweep"] = new JsonArray([.. sweep.Points.Select(p => (JsonNode)new JsonObject
            {
                ["h"] = p.Step,
                ["value"] = JsonNumbers.Of(p.Value),
                ["abs_error"] = JsonNumbers.Of(p.AbsoluteError),
                ["rel_error"] = JsonNumbers.Of(p.RelativeError),
            })]);
            json["best_h"] = sweep.Best.Step;
        }
        return json;
    }

    /// <summary>A numeric column's value, or null where it must not be read as a derivative (<c>untrusted</c> says why).</summary>
    private static JsonNode? Trusted(VariableComparison v, NumericColumn column, double value) =>
        v.IsTrusted(column) ? JsonNumbers.Of(value) : null;

    internal static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);
}
