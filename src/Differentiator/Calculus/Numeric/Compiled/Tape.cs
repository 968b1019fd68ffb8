using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A formula flattened into instructions in evaluation order, each reading earlier slots, with the
/// same operations in the same order as <see cref="Differentiator.Expressions.Evaluation.Evaluator"/>
/// (so results are bit-identical). Equal subtrees share one slot. The last instruction is the result.
/// </summary>
internal sealed class Tape
{
    private (int[][] Loads, (int Parent, int Position)[][] Users)? _links;

    private Tape(Instruction[] instructions, int elements)
    {
        Instructions = instructions;
        Elements = elements;
    }

    public Instruction[] Instructions { get; }

    /// <summary>The number of input elements.</summary>
    public int Elements { get; }

    /// <summary>For each input element, the slots that load it (built on first use: only perturbation plans need it).</summary>
    public int[][] Loads => (_links ??= Link()).Loads;

    /// <summary>For each slot, the instructions that read it and at which operand position.</summary>
    public (int Parent, int Position)[][] Users => (_links ??= Link()).Users;

    public int Result => Instructions.Length - 1;

    public static Tape Compile(Expr expression, IReadOnlyList<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) index[names[i]] = i;
        var instructions = new List<Instruction>();
        var slots = new Dictionary<Expr, int>();
        Emit(expression);
        return new([.. instructions], names.Count);

        int Emit(Expr e)
        {
            StackGuard.Ensure();
            if (slots.TryGetValue(e, out var existing)) return existing;
            var ins = e switch
            {
                Rational r => new Instruction { Op = OpCode.Constant, Constant = r.ToDouble(), IsConstant = true },
                Real d => new Instruction { Op = OpCode.Constant, Constant = d.Value, IsConstant = true },
                Constant c => new Instruction { Op = OpCode.Constant, Constant = c.Value, IsConstant = true },
                Symbol s => index.TryGetValue(s.Name, out var v)
                    ? new Instruction { Op = OpCode.Load, Variable = v }
                    : throw new ArgumentException($"The variable '{s.Name}' is not among the input names.", nameof(names)),
                Sum sum => Nary(OpCode.Sum, EmitAll(sum.Terms), new bool[sum.Terms.Count]),
                Product p => EmitProduct(p),
                Power p => EmitPower(p),
                Call c => Nary(OpCode.Call, EmitAll(c.Arguments), new bool[c.Arguments.Count], c.Function),
                _ => throw new InvalidOperationException($"Unknown node {e.GetType().Name}."),
            };
            instructions.Add(ins);
            return slots[e] = instructions.Count - 1;
        }

        int[] EmitAll(IReadOnlyList<Expr> children)
        {
            var operands = new int[children.Count];
            for (var k = 0; k < operands.Length; k++) operands[k] = Emit(children[k]);
            return operands;
        }

        Instruction EmitPower(Power p)
        {
            var power = Nary(OpCode.Power, [Emit(p.Base), Emit(p.Exponent)], new bool[2]);
            return p.Exponent is Rational { IsInteger: true } r && BigInteger.Abs(r.Numerator) <= 16
                ? new Instruction { Op = OpCode.Power, Operands = power.Operands, Divides = power.Divides, IsConstant = power.IsConstant, IntegerExponent = (int)r.Numerator }
                : power;
        }

        Instruction EmitProduct(Product p)
        {
            var operands = new int[p.Factors.Count];
            var divides = new bool[p.Factors.Count];
            for (var k = 0; k < operands.Length; k++)
            {
                var factor = p.Factors[k];
                if (Quotients.IsDenominatorFactor(factor))
                {
                    var power = (Power)factor;
                    var divisor = Nary(OpCode.Divisor, [Emit(power.Base), Emit(power.Exponent)], new bool[2]);
                    instructions.Add(divisor);
                    operands[k] = instructions.Count - 1;
                    divides[k] = true;
                }
                else operands[k] = Emit(factor);
            }
            return Nary(OpCode.Product, operands, divides);
        }

        Instruction Nary(OpCode op, int[] operands, bool[] divides, MathFunction? function = null)
        {
            var isConstant = true;
            foreach (var o in operands) isConstant &= instructions[o].IsConstant;
            return new() { Op = op, Operands = operands, Divides = divides, Function = function, IsConstant = isConstant };
        }
    }

    private (int[][] Loads, (int Parent, int Position)[][] Users) Link()
    {
        var loads = new List<int>[Elements];
        for (var i = 0; i < loads.Length; i++) loads[i] = [];
        var users = new List<(int, int)>[Instructions.Length];
        for (var i = 0; i < users.Length; i++) users[i] = [];
        for (var slot = 0; slot < Instructions.Length; slot++)
        {
            var ins = Instructions[slot];
            if (ins.Op == OpCode.Load) loads[ins.Variable].Add(slot);
            for (var k = 0; k < ins.Operands.Length; k++) users[ins.Operands[k]].Add((slot, k));
        }
        return ([.. loads.Select(l => l.ToArray())], [.. users.Select(u => u.ToArray())]);
    }
}
