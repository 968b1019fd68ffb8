using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>
/// Where in a function each mistake can be made, outermost first and left to right: the calls and
/// powers of the chain rule, the products, the quotients, the powers, the sums with constant terms.
/// </summary>
internal static class FaultSites
{
    /// <summary>The most single-site faults considered in one function (a large function keeps its outermost ones).</summary>
    public const int MaxFaults = 120;

    public static IReadOnlyList<Fault> For(Expr function, string variable, IReadOnlyList<string> otherVariables)
    {
        var faults = new List<Fault>();
        var chainSites = 0;
        var constantSums = 0;
        foreach (var node in PreOrder(function))
        {
            if (!FaultyDerivative.DependsOn(node, variable)) continue;
            var before = faults.Count;
            AddSite(node, variable, faults);
            chainSites += faults.Skip(before).Count(f => f.Kind == FaultKind.MissingChain);
            constantSums += faults.Skip(before).Count(f => f.Kind == FaultKind.ConstantKept);
            if (faults.Count >= MaxFaults) break;
        }
        if (chainSites >= 2) faults.Add(new Fault(FaultKind.MissingChain));
        if (constantSums >= 2) faults.Add(new Fault(FaultKind.ConstantKept));
        var variables = ExprWalk.VariablesInOrder(function);
        var present = otherVariables.Where(variables.Contains).ToList();
        faults.AddRange(present.Select(o => new Fault(FaultKind.OtherVariableDepends, Variable: o)));
        if (present.Count >= 2) faults.Add(new Fault(FaultKind.OtherVariableDepends));
        return faults;
    }

    private static void AddSite(Expr node, string variable, List<Fault> faults)
    {
        bool Depends(Expr e) => FaultyDerivative.DependsOn(e, variable);
        bool IsVariable(Expr e) => e is Symbol s && s.Name == variable;
        switch (node)
        {
            case Call c:
                if (c.Arguments.Any(a => Depends(a) && !IsVariable(a))) faults.Add(new Fault(FaultKind.MissingChain, c));
                if (FaultyDerivative.HasSignedDerivative(c.Function)) faults.Add(new Fault(FaultKind.SignAtCall, c));
                if (c.Function == MathFunctions.Sqrt) AddPower(c);
                break;
            case Power p when !Depends(p.Exponent):
                AddPower(p);
                if (!IsVariable(p.Base)) faults.Add(new Fault(FaultKind.MissingChain, p));
                break;
            case Power p when !Depends(p.Base) && !IsVariable(p.Exponent):
                faults.Add(new Fault(FaultKind.MissingChain, p));
                break;
            case Product p when !FaultyDerivative.IsQuotient(p, Depends):
                var dependent = p.Factors.Count(Depends);
                if (dependent < 2) break;
                for (var i = 0; i < dependent; i++) faults.Add(new Fault(FaultKind.ProductOneTerm, p, Term: i));
                faults.Add(new Fault(FaultKind.ProductOfDerivatives, p));
                break;
            case Sum s when s.Terms.Any(t => !Depends(t)):
                faults.Add(new Fault(FaultKind.ConstantKept, s));
                break;
        }
        if (FaultyDerivative.IsQuotient(node, Depends))
        {
            faults.Add(new Fault(FaultKind.QuotientSwapped, node));
            faults.Add(new Fault(FaultKind.QuotientNotSquared, node));
            faults.Add(new Fault(FaultKind.QuotientOfDerivatives, node));
        }

        void AddPower(Expr site)
        {
            faults.Add(new Fault(FaultKind.PowerNotLowered, site));
            faults.Add(new Fault(FaultKind.PowerNoCoefficient, site));
        }
    }

    /// <summary>Each distinct node once, parents before children, left to right; iterative.</summary>
    private static IEnumerable<Expr> PreOrder(Expr root)
    {
        var seen = new HashSet<Expr>();
        var stack = new Stack<Expr>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node)) continue;
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--) stack.Push(node.Children[i]);
        }
    }
}
