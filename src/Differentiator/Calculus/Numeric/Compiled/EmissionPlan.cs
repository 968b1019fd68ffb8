namespace Differentiator.Calculus.Numeric;

/// <summary>
/// How a tape becomes IL: the value of every constant slot, which slots are kept in locals, and
/// which values are checked for finiteness where they enter an operation.
/// </summary>
/// <remarks>
/// <para>
/// Finiteness: the evaluator reports (or, in a few cases, absorbs) the first value that is not
/// finite; emitted code instead computes on and says "not finite somewhere", and the caller then
/// asks the evaluator. Sums, products' factors and the functions that map every non-finite argument
/// to a non-finite value (<see cref="EmittedFunctions.PreservesNonFinite"/>) carry a non-finite
/// operand into their own value, so it reaches the result unless an operation on the way can turn
/// it finite again: a power (<c>x^0</c>, <c>1^NaN</c>, <c>2^(−∞)</c>), a divisor (<c>1/∞</c>), or a
/// function such as atan or exp. Only the operands of those are checked, plus the result, so every
/// non-finite value anywhere is seen, whatever path it takes.
/// </para>
/// <para>
/// Locals: a value used more than once is computed once into a local; so is a value whose inline
/// tree would grow deeper than <see cref="MaxInlineHeight"/> (the JIT walks trees recursively), and
/// long folds store their running value every <see cref="FoldBreak"/> operands.
/// </para>
/// </remarks>
internal sealed class EmissionPlan
{
    /// <summary>The deepest tree of operations emitted without a local.</summary>
    public const int MaxInlineHeight = 24;

    /// <summary>How many operands a fold takes before its running value goes to a local.</summary>
    public const int FoldBreak = 16;

    private EmissionPlan(Tape tape, double[] constants, bool[] materialize, bool[] check, bool integerPowers)
    {
        Tape = tape;
        Constants = constants;
        Materialize = materialize;
        Check = check;
        IntegerPowers = integerPowers;
    }

    public Tape Tape { get; }

    /// <summary>The value of each constant slot.</summary>
    public double[] Constants { get; }

    /// <summary>Whether the slot is computed once into a local (in tape order) rather than where it is used.</summary>
    public bool[] Materialize { get; }

    /// <summary>Whether the slot's value is checked for finiteness when computed.</summary>
    public bool[] Check { get; }

    /// <summary>
    /// Whether the result is finite whenever every checked value is: a number, a checked value, or a
    /// function that is finite at finite arguments (<c>max(0, x)</c>) of such; then the result
    /// needs no test of its own.
    /// </summary>
    public bool ResultKnownFinite
    {
        get
        {
            var instructions = Tape.Instructions;
            var known = new bool[instructions.Length];
            for (var slot = 0; slot < instructions.Length; slot++)
            {
                var ins = instructions[slot];
                known[slot] = ins.IsConstant || Check[slot]
                    || ins.Op == OpCode.Call && EmittedFunctions.FiniteAtFinite(ins.Function!) && ins.Operands.All(o => known[o]);
            }
            return known[Tape.Result];
        }
    }

    /// <summary>Whether powers by a small integer exponent multiply (reverse mode's forward run) instead of calling <see cref="Math.Pow"/>.</summary>
    public bool IntegerPowers { get; }

    /// <summary>The plan for evaluation (the evaluator's operations); null when a constant part is not finite.</summary>
    public static EmissionPlan? ForEvaluation(Tape tape)
    {
        var constants = ConstantFolder.Fold(tape, integerPowers: false);
        if (constants is null) return null;
        return new(tape, constants, InlineLimits(tape, Uses(tape)), Checks(tape), integerPowers: false);
    }

    /// <summary>The plan for reverse mode's forward run: every value kept for the backward sweep.</summary>
    public static EmissionPlan? ForGradient(Tape tape)
    {
        var constants = ConstantFolder.Fold(tape, integerPowers: true);
        if (constants is null) return null;
        var keep = tape.Instructions.Select(i => !i.IsConstant).ToArray();
        return new(tape, constants, keep, Checks(tape), integerPowers: true);
    }

    private static int[] Uses(Tape tape)
    {
        var uses = new int[tape.Instructions.Length];
        foreach (var ins in tape.Instructions)
            foreach (var o in ins.Operands) uses[o]++;
        return uses;
    }

    /// <summary>Shared values and the roots of trees that would be too deep go to locals.</summary>
    private static bool[] InlineLimits(Tape tape, int[] uses)
    {
        var instructions = tape.Instructions;
        var materialize = new bool[instructions.Length];
        var height = new int[instructions.Length];
        for (var slot = 0; slot < instructions.Length; slot++)
        {
            var ins = instructions[slot];
            if (ins.IsConstant) continue;
            var tallest = 0;
            foreach (var o in ins.Operands) tallest = Math.Max(tallest, height[o]);
            var own = ins.Op is OpCode.Sum or OpCode.Product ? Math.Min(ins.Operands.Length, FoldBreak) : 1;
            height[slot] = tallest + own;
            if (slot != tape.Result && (uses[slot] > 1 || height[slot] > MaxInlineHeight))
            {
                materialize[slot] = true;
                height[slot] = 0;
            }
        }
        return materialize;
    }

    /// <summary>The operands of operations that can turn a non-finite value finite (see the remarks).</summary>
    private static bool[] Checks(Tape tape)
    {
        var instructions = tape.Instructions;
        var check = new bool[instructions.Length];
        foreach (var ins in instructions)
        {
            if (ins.IsConstant) continue;
            for (var k = 0; k < ins.Operands.Length; k++)
            {
                var absorbs = ins.Op switch
                {
                    OpCode.Power or OpCode.Divisor => true,
                    OpCode.Product => ins.Divides[k],
                    OpCode.Call => !EmittedFunctions.PreservesNonFinite(ins.Function!, ins.Operands.Length),
                    _ => false,
                };
                if (absorbs && !instructions[ins.Operands[k]].IsConstant) check[ins.Operands[k]] = true;
            }
        }
        return check;
    }
}
