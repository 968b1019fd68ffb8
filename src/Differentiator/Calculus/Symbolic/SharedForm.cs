using Differentiator.Expressions;
using Differentiator.Syntax;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Prints a tree as the DAG it is stored as: every compound subexpression used more than once is
/// written once, as a named binding, and referred to by name. The derivatives of deeply nested
/// compositions stay small this way (<c>sin(sin(…sin(x)…))</c>), where the written-out tree grows
/// quadratically or worse.
/// </summary>
public static class SharedForm
{
    private static readonly string[] Prefixes = ["a", "b", "c", "k", "m", "n", "p", "q"];

    /// <summary>
    /// The bindings, one per line (<c>a1 = sin(x)</c>), then the expression in terms of them. With
    /// nothing shared it is the plain text form. Each line reads back through the parser.
    /// </summary>
    /// <exception cref="Expressions.Printing.NotPrintableException">A line would be longer or deeper than the parser reads.</exception>
    public static string Print(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var uses = CountUses(expression);
        var names = new Dictionary<Expr, Symbol>();
        var lines = new List<string>();
        var prefix = FreePrefix(uses.Keys);
        var rewritten = new Dictionary<Expr, Expr>();
        var root = LargeStack.Run(expression.Depth, () => Rewrite(expression, isRoot: true));
        lines.Add(root.ToText());
        return string.Join("\n", lines);

        Expr Rewrite(Expr e, bool isRoot)
        {
            StackGuard.Ensure();
            if (names.TryGetValue(e, out var name)) return name;
            if (e.Children.Count == 0) return e;
            if (!rewritten.TryGetValue(e, out var body))
            {
                body = Rebuild(e, e.Children.Select(c => Rewrite(c, false)).ToArray());
                rewritten[e] = body;
            }
            if (isRoot || uses[e] < 2) return body;
            name = Expr.Variable(prefix + (names.Count + 1));
            names[e] = name;
            lines.Add($"{name.Name} = {body.ToText()}");
            return name;
        }
    }

    private static Dictionary<Expr, int> CountUses(Expr root)
    {
        var uses = new Dictionary<Expr, int> { [root] = 1 };
        var stack = new Stack<Expr>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.Children)
            {
                if (uses.TryGetValue(child, out var n)) uses[child] = n + 1;
                else
                {
                    uses[child] = 1;
                    stack.Push(child);
                }
            }
        }
        return uses;
    }

    private static string FreePrefix(IEnumerable<Expr> nodes)
    {
        var taken = nodes.OfType<Symbol>().Select(s => s.Name).ToHashSet();
        return Prefixes.FirstOrDefault(p => !taken.Any(t => t.StartsWith(p, StringComparison.Ordinal))) ?? "shared_";
    }

    /// <summary>The same node with new children, keeping its shape exactly (no factory normalisation).</summary>
    private static Expr Rebuild(Expr e, Expr[] children) => e switch
    {
        Sum => new Sum(children),
        Product => new Product(children),
        Power => new Power(children[0], children[1]),
        Call c => new Call(c.Function, children),
        _ => e,
    };
}
