using System.Globalization;
using Differentiator.Expressions;

namespace Differentiator.Sequences;

/// <summary>
/// Sequences defined by general terms or recurrences with initial values, several at once:
/// <c>a(1) = 1, b(1) = 1, a(n+1) = a(n) + 2b(n) + 2, b(n+1) = 2a(n) + 3b(n) + 1</c> gives
/// (1, 1), (5, 6), (19, 29); <c>a(1) = 1, a(n+1) = (n+1) a(n)</c> the factorials. Arithmetic is
/// exact (BigInteger fractions); decimals stay decimals.
/// </summary>
public sealed class RecurrenceSystem
{
    /// <summary>The most terms one call computes.</summary>
    public const int MaxTerms = 100_000;

    /// <summary>The most decimal digits one value may have.</summary>
    public const long MaxDigits = 100_000;

    private readonly IReadOnlyList<SequenceDefinition> _definitions;

    private RecurrenceSystem(string text, IReadOnlyList<string> names, string indexVariable, IReadOnlyList<SequenceDefinition> definitions)
    {
        Text = text;
        Names = names;
        IndexVariable = indexVariable;
        _definitions = definitions;
        First = definitions.Where(d => d.IsInitialValue).Select(d => d.Index!.Value).DefaultIfEmpty(1).Min();
    }

    /// <summary>The definitions as given.</summary>
    public string Text { get; }

    /// <summary>The sequences, in order of first definition.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The index variable of the rules (<c>n</c>).</summary>
    public string IndexVariable { get; }

    /// <summary>The first index: the smallest initial value's, or 1.</summary>
    public int First { get; }

    /// <summary>Reads a system of definitions.</summary>
    /// <exception cref="InvalidInputException">A definition cannot be read; the exception has the position.</exception>
    public static RecurrenceSystem Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (names, variable, definitions) = RecurrenceParser.Parse(text);
        return new(text, names, variable, definitions);
    }

    /// <summary>The first <paramref name="count"/> terms, from <see cref="First"/>.</summary>
    /// <exception cref="InvalidInputException">
    /// The count is out of range, a term has no initial value or rule, refers to itself or a later
    /// term, divides by zero, or grows beyond <see cref="MaxDigits"/> digits.
    /// </exception>
    public IReadOnlyList<SequenceTerm> Terms(int count)
    {
        if (count < 1 || count > MaxTerms)
            throw new InvalidInputException($"The number of terms must be between 1 and {MaxTerms:N0}, not {count.ToString("N0", CultureInfo.InvariantCulture)}.");
        var values = Names.ToDictionary(n => n, _ => new Dictionary<int, ExactNumber>(), StringComparer.Ordinal);
        var terms = new List<SequenceTerm>(count);
        for (var m = First; m < First + count; m++)
        {
            var inProgress = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in Names) Term(name, m, values, inProgress, m);
            terms.Add(new SequenceTerm(m, Names.ToDictionary(n => n, n => values[n][m], StringComparer.Ordinal)));
        }
        return terms;
    }

    private ExactNumber Term(string name, int index, Dictionary<string, Dictionary<int, ExactNumber>> values, HashSet<string> inProgress, int current)
    {
        if (values[name].TryGetValue(index, out var known)) return known;
        if (index > current)
            throw new InvalidInputException($"{name}({index}) is needed to compute the terms at n = {current}, but it comes later: a rule may only use earlier terms.");
        if (index < current)
            throw new InvalidInputException(
                $"{name}({index}) has no value: the terms start at n = {First}; give {name} an initial value, such as {name}({Math.Max(First, index + 1)}) = 1.");
        if (!inProgress.Add(name))
            throw new InvalidInputException($"{name}({index}) refers to itself at the same n (through {string.Join(" → ", inProgress)}): a rule may only use earlier terms.");
        var value = Compute(name, index, values, inProgress, current);
        inProgress.Remove(name);
        if (value.Digits > MaxDigits)
            throw new InvalidInputException($"{name}({index}) has more than {MaxDigits:N0} digits; stopping there.");
        if (!value.IsExact && !double.IsFinite(value.ToDouble()))
            throw new InvalidInputException($"{name}({index}) is not a finite number ({value}).");
        values[name][index] = value;
        return value;
    }

    private ExactNumber Compute(string name, int index, Dictionary<string, Dictionary<int, ExactNumber>> values, HashSet<string> inProgress, int current)
    {
        var initial = _definitions.FirstOrDefault(d => d.Name == name && d.Index == index);
        var rule = initial ?? _definitions.FirstOrDefault(d => d.Name == name && !d.IsInitialValue);
        if (rule is null)
            throw new InvalidInputException($"{name}({index}) has no value: there is no initial value for it and no rule for {name}({IndexVariable}+…).");
        var n = ExactNumber.Of(Rational.Of(index - rule.Offset));
        var variables = new Dictionary<string, ExactNumber>(StringComparer.Ordinal) { [IndexVariable] = n };
        return ExactEvaluator.Evaluate(rule.Value, variables, (call, args) =>
        {
            if (!args[0].TryGetInteger(out var at) || at < int.MinValue || at > int.MaxValue)
                throw new InvalidInputException($"{call} needs an integer index, and {args[0]} is not one (in {rule.Text}).");
            return Term(call.Function.Name, (int)at, values, inProgress, current);
        });
    }
}
