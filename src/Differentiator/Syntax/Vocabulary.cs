namespace Differentiator.Syntax;

/// <summary>
/// The names the lexer knows: functions (with their arity), constants, and multi-letter variables.
/// A run of letters is split by longest match against these names; any other letter is a
/// single-letter variable.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, (int Min, int Max)> _functions;
    private readonly HashSet<string> _constants;
    private readonly HashSet<string> _variables;
    private readonly int _longest;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly Dictionary<string, (int Min, int Max)>.AlternateLookup<ReadOnlySpan<char>> _functionsBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _constantsBySpan;
    private readonly Dictionary<string, string> _functionsIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a vocabulary.</summary>
    /// <param name="functions">Function names and aliases with their fewest and most arguments.</param>
    /// <param name="constants">Constant names (<c>pi</c>, <c>π</c>, <c>e</c>, <c>E</c>).</param>
    /// <param name="variables">Multi-letter names that are one variable each (beside the spelled Greek letters).</param>
    public Vocabulary(IEnumerable<KeyValuePair<string, (int Min, int Max)>> functions, IEnumerable<string> constants, IEnumerable<string> variables)
    {
        _functions = new(functions, StringComparer.Ordinal);
        _constants = new(constants, StringComparer.Ordinal);
        _variables = new(variables, StringComparer.Ordinal);
        var known = new HashSet<string>(_functions.Keys.Concat(_constants).Concat(_variables).Concat(GreekLetters.BySpelling.Keys), StringComparer.Ordinal);
        _known = known.GetAlternateLookup<ReadOnlySpan<char>>();
        _functionsBySpan = _functions.GetAlternateLookup<ReadOnlySpan<char>>();
        _constantsBySpan = _constants.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = known.Max(n => n.Length);
        foreach (var name in _functions.Keys) _functionsIgnoringCase.TryAdd(name, name);
    }

    /// <summary>A copy that also knows <paramref name="variables"/> as one variable each.</summary>
    public Vocabulary WithVariables(IEnumerable<string> variables) =>
        new(_functions, _constants, _variables.Concat(variables));

    /// <summary>A copy that also knows <paramref name="functions"/> (name and exact arity), replacing a table function of the same name.</summary>
    public Vocabulary WithFunctions(IEnumerable<(string Name, int Arity)> functions)
    {
        var merged = new Dictionary<string, (int Min, int Max)>(_functions, StringComparer.Ordinal);
        foreach (var (name, arity) in functions) merged[name] = (arity, arity);
        return new(merged, _constants, _variables);
    }

    /// <summary>Whether <paramref name="name"/> is a function or an alias of one.</summary>
    public bool IsFunction(string name) => _functions.ContainsKey(name);

    /// <summary><see cref="IsFunction(string)"/> for a piece of the text, without a string.</summary>
    public bool IsFunction(ReadOnlySpan<char> name) => _functionsBySpan.ContainsKey(name);

    /// <summary>Whether <paramref name="name"/> is a constant.</summary>
    public bool IsConstant(string name) => _constants.Contains(name);

    /// <summary><see cref="IsConstant(string)"/> for a piece of the text, without a string.</summary>
    public bool IsConstant(ReadOnlySpan<char> name) => _constantsBySpan.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a declared multi-letter variable or a spelled Greek letter.</summary>
    public bool IsVariable(string name) => _variables.Contains(name) || GreekLetters.BySpelling.ContainsKey(name);

    /// <summary>The length of the longest known name.</summary>
    public int LongestName => _longest;

    /// <summary>Whether some known name of two or more letters ends <paramref name="text"/>.</summary>
    internal bool EndsWithKnownName(ReadOnlySpan<char> text)
    {
        for (var length = Math.Min(_longest, text.Length); length > 1; length--)
            if (_known.Contains(text[^length..])) return true;
        return false;
    }
    /// <summary>The function a mistyped name most likely meant (<c>Sin</c> → sin), or null; see <see cref="Spelling.Closest"/>.</summary>
    public string? SuggestFunction(string name) => Spelling.Closest(name, FunctionNames);

    /// <summary>The function named <paramref name="name"/> but for case (<c>Ln</c> → ln), or null.</summary>
    public string? FunctionIgnoringCase(string name) => _functionsIgnoringCase.GetValueOrDefault(name);

    /// <summary>Every function name and alias.</summary>
    public IEnumerable<string> FunctionNames => _functions.Keys;

    internal bool IsKnown(string name) => IsFunction(name) || IsConstant(name) || IsVariable(name);

    /// <summary>The length of the longest known name that starts <paramref name="run"/> at <paramref name="start"/>, or 1.</summary>
    internal int LongestMatch(string run, int start) => LongestMatch(run.AsSpan(start));

    /// <summary>The length of the longest known name that starts <paramref name="run"/>, or 1.</summary>
    internal int LongestMatch(ReadOnlySpan<char> run)
    {
        for (var length = Math.Min(_longest, run.Length); length > 1; length--)
            if (_known.Contains(run[..length])) return length;
        return 1;
    }

    /// <summary>Splits a run of letters into the pieces the lexer reads: known names by longest match, other letters one by one.</summary>
    public IReadOnlyList<string> Split(string run)
    {
        if (run.Length == 1) return [run];
        var pieces = new List<string>();
        for (var i = 0; i < run.Length;)
        {
            var n = LongestMatch(run, i);
            pieces.Add(run.Substring(i, n));
            i += n;
        }
        return pieces;
    }
}
