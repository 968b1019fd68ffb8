using System.Reflection;
using Differentiator.Calculus.Numeric;
using Differentiator.Expressions;
using Differentiator.Reports;
using Differentiator.Sessions;
using Differentiator.Syntax;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>One public method or constructor of the library that takes a string, ready to call with any input.</summary>
public sealed record StringEntryPoint(string Name, Func<string, Formula, object?> Call);

/// <summary>
/// Every public method and constructor of the library's exported types that takes a string (or a
/// list of strings), found by reflection so that a new one is fuzzed as soon as it exists (issue
/// 13: no public method may throw anything but the documented exceptions on any string input).
/// Each string parameter gets the input; the other parameters get a plain value of their type (1,
/// 0.5, the first enum value, their default, the formula, the point's values); an instance method
/// runs on a sample instance. A method with a parameter that has no plain value is left out
/// (<see cref="Skipped"/>).
/// </summary>
public static class StringEntryPoints
{
    /// <summary>The formula instance methods run on when the input is not a formula.</summary>
    public static readonly Formula SampleFormula = Formula.Parse("x*y + sin(x)");

    private static readonly Point SamplePoint = Point.Of(("x", 0.5), ("y", 0.75));
    private static readonly Diagnostic SampleDiagnostic = Formula.TryParse("2*(x+1", out _, out var error) ? throw new InvalidOperationException() : error;

    /// <summary>Instances for instance methods, by type.</summary>
    private static readonly Dictionary<Type, Func<Formula, object>> Samples = new()
    {
        [typeof(Formula)] = f => f,
        [typeof(Session)] = _ => Session.Empty,
        [typeof(Point)] = _ => SamplePoint,
        [typeof(Diagnostic)] = _ => SampleDiagnostic,
        [typeof(SourceSpan)] = _ => SampleDiagnostic.Span,
        [typeof(ReportMessage)] = _ => ReportMessage.From(SampleDiagnostic),
        [typeof(DomainCondition)] = _ => MathFunctions.Ln.DomainConditions[0],
    };

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The entry points.</summary>
    public static IReadOnlyList<StringEntryPoint> All { get; }

    /// <summary>Methods that take a string but could not be called, with why.</summary>
    public static IReadOnlyList<string> Skipped { get; }

    static StringEntryPoints()
    {
        var all = new List<StringEntryPoint>();
        var skipped = new List<string>();
        foreach (var type in typeof(Formula).Assembly.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition && !typeof(Delegate).IsAssignableFrom(t)))
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            IEnumerable<MethodBase> members = type.GetMethods(flags).Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName);
            if (!type.IsAbstract) members = members.Concat(type.GetConstructors());
            foreach (var member in members.Where(m => m.GetParameters().Any(p => IsStrings(p.ParameterType))))
            {
                var name = $"{type.Name}.{(member is ConstructorInfo ? "new" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";
                if (Bind(member) is { } call) all.Add(new(name, call));
                else skipped.Add(name);
            }
        }
        All = all;
        Skipped = skipped;
    }

    private static bool IsStrings(Type t) => t == typeof(string) || t != typeof(object) && t.IsAssignableFrom(typeof(string[]));

    private static Func<string, Formula, object?>? Bind(MethodBase member)
    {
        var parameters = member.GetParameters();
        var fillers = new Func<string, Formula, object?>[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
            if ((fillers[i] = Filler(parameters[i])!) is null) return null;
        Func<Formula, object>? instance = null;
        if (!member.IsStatic && member is MethodInfo && !Samples.TryGetValue(member.DeclaringType!, out instance))
        {
            if (member.DeclaringType!.GetConstructor(Type.EmptyTypes) is not { } constructor) return null;
            instance = _ => constructor.Invoke(null);
        }
        return (input, formula) =>
        {
            var args = fillers.Select(f => f(input, formula)).ToArray();
            return member is ConstructorInfo c ? c.Invoke(args) : member.Invoke(instance?.Invoke(formula), args);
        };
    }

    private static Func<string, Formula, object?>? Filler(ParameterInfo p)
    {
        var t = p.ParameterType;
        if (t == typeof(string)) return (input, _) => input;
        if (IsStrings(t)) return (input, _) => new[] { input };
        if (t.IsByRef) return p.IsOut ? (_, _) => null : null;
        if (p.HasDefaultValue) return (_, _) => p.DefaultValue;
        if (t == typeof(int) || t == typeof(long)) return (_, _) => Convert.ChangeType(1, t, System.Globalization.CultureInfo.InvariantCulture);
        if (t == typeof(double)) return (_, _) => 0.5;
        if (t == typeof(bool)) return (_, _) => false;
        if (t.IsEnum) return (_, _) => Enum.GetValues(t).GetValue(0);
        if (t == typeof(Formula)) return (_, f) => f;
        if (t == typeof(Expr)) return (_, f) => f.Expression;
        if (t == typeof(Point)) return (_, _) => SamplePoint;
        if (t == typeof(SourceSpan)) return (_, _) => SampleDiagnostic.Span;
        if (t == typeof(IReadOnlyDictionary<string, double>)) return (input, f) => f.Variables.Append(input).Distinct().ToDictionary(v => v, _ => 0.5);
        if (t.IsAssignableFrom(typeof(double[]))) return (_, _) => new[] { 0.5, 0.25 };
        if (t.IsAssignableFrom(typeof(IReadOnlyList<double>[]))) return (_, _) => new IReadOnlyList<double>[] { [0.5, 0.25] };
        if (t.IsAssignableFrom(typeof(Expr[]))) return (_, f) => new[] { f.Expression };
        if (t == typeof(ParseOptions)) return (_, _) => new ParseOptions();
        if (t == typeof(NumericGradientOptions)) return (_, _) => new NumericGradientOptions();
        if (!t.IsValueType && Nullability.Create(p).WriteState == NullabilityState.Nullable) return (_, _) => null;
        return Nullable.GetUnderlyingType(t) is not null ? (_, _) => null : null;
    }
}
