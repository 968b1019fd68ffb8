namespace Differentiator.Expressions;

/// <summary>A named mathematical constant: π or Euler's number e.</summary>
public sealed class Constant : Expr
{
    /// <summary>π.</summary>
    public static readonly Constant Pi = new("pi", Math.PI, "π", "\\pi", "Math.PI", "pi");
    /// <summary>Euler's number e.</summary>
    public static readonly Constant E = new("e", Math.E, "e", "e", "Math.E", "E");

    private Constant(string name, double value, string text, string latex, string code, string python) : base(NoChildren)
    {
        Name = name;
        Value = value;
        Text = text;
        Latex = latex;
        Code = code;
        Python = python;
    }

    /// <summary>The constant's name: <c>pi</c> or <c>e</c>.</summary>
    public string Name { get; }
    /// <summary>Its double value.</summary>
    public double Value { get; }
    internal string Text { get; }
    internal string Latex { get; }
    internal string Code { get; }
    internal string Python { get; }

    private protected override bool EqualsSameKind(Expr other) => ReferenceEquals(this, other);

    private protected override int ComputeHash() => HashCode.Combine(4, Name);
}
