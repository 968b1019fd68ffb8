namespace Differentiator;

/// <summary>
/// What one operation charges its work through: the scope in force (or a fresh default one) and a
/// name for the work, which the <see cref="BudgetExceededException"/> repeats. Loops over terms and
/// nodes call <see cref="Spend"/>, which also checks the clock; builders call <see cref="AddNodes"/>;
/// printers call <see cref="CheckPrinted"/> as their text grows.
/// </summary>
internal sealed class BudgetMeter(BudgetScope scope, string activity)
{
    private string _activity = activity;
    private string? _subject;

    /// <summary>A meter on the scope in force, or on a fresh scope with the default budget.</summary>
    public static BudgetMeter Start(string activity) => new(BudgetScope.CurrentOrNew(), activity);

    public BudgetScope Scope { get; } = scope;

    /// <summary>What is being done, for the message: <c>differentiating by x</c>.</summary>
    public string Activity => _subject is null ? _activity : _activity + _subject;

    /// <summary>Names the work as <paramref name="verb"/> + <paramref name="subject"/>, joined only if a message needs it.</summary>
    public void Doing(string verb, string subject) => (_activity, _subject) = (verb, subject);

    /// <summary>Charges units of work; reads the clock about every 1,024 units.</summary>
    public void Spend(long steps = 1) => Scope.Spend(steps, this);

    /// <summary>Throws at once when work about to be done (<paramref name="steps"/> units) would not fit the steps left; spends nothing.</summary>
    public void Reserve(long steps) => Scope.Reserve(steps, this);

    /// <summary>Throws at once when nodes about to be built (<paramref name="nodes"/>) would not fit the nodes left; charges nothing.</summary>
    public void ReserveNodes(long nodes) => Scope.ReserveNodes(nodes, this);

    /// <summary>Charges nodes built (k + 1 for a node with k parts).</summary>
    public void AddNodes(long nodes) => Scope.AddNodes(nodes, this);

    /// <summary>Throws when a text of <paramref name="length"/> characters is longer than one print may be.</summary>
    public void CheckPrinted(long length) => Scope.CheckPrinted(length, this);
}
