namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Where emitted code stops paying: the JIT's time grows with a method's size (and it gives up
/// optimising very large methods), so formulas past these sizes stay on the tape interpreter; and
/// which perturbed evaluations are cheaper incrementally on the tape than in full in emitted code.
/// </summary>
internal static class EmissionLimits
{
    /// <summary>The most tape instructions emitted as one evaluation method.</summary>
    public const int MaxEvaluationInstructions = 10_000;

    /// <summary>The most tape instructions emitted as one reverse-mode method (about three locals per instruction).</summary>
    public const int MaxGradientInstructions = 5_000;

    // The crossover, measured on Σ x_i², (Σ x_i)² and Σ sin(x_i)·x_(i+1): even at about 32 elements
    // and 65 to 130 instructions, the tape ahead from 64 elements (1.4× to 1.7×), far ahead at 1000.

    /// <summary>From how many input elements the incremental tape can beat full emitted evaluations.</summary>
    public const int IncrementalMinElements = 48;

    /// <summary>From how many tape instructions the incremental tape can beat full emitted evaluations.</summary>
    public const int IncrementalMinInstructions = 96;

    public const string ConstantNotFinite = "A constant part of the formula is not finite; the tree evaluator handles it.";

    /// <summary>
    /// How many evaluations a formula of <paramref name="instructions"/> instructions is interpreted
    /// before it is emitted: <see cref="CompiledFormula.InterpretedCalls"/>, more for a large formula,
    /// whose JIT time grows faster than what each emitted call saves.
    /// </summary>
    public static int EvaluationsBeforeEmission(int instructions) => Math.Max(CompiledFormula.InterpretedCalls, instructions / 8);

    /// <summary>How many gradients run on the tape before reverse mode is emitted (its method has about three locals per instruction and compiles several times slower).</summary>
    public static int GradientsBeforeEmission(int instructions) => Math.Max(CompiledFormula.InterpretedCalls, instructions / 2);

    /// <summary>Why <paramref name="tape"/> is not emitted under <paramref name="limit"/>; null when it is.</summary>
    public static string? RefusalFor(Tape tape, int limit) =>
        tape.Instructions.Length <= limit
            ? null
            : $"The formula has {tape.Instructions.Length:N0} instructions; code is emitted for at most {limit:N0}, so it runs on the tape interpreter.";

    /// <summary>
    /// Whether perturbed evaluations run incrementally on the tape: with many elements each one
    /// changes a small part of a large formula, and only that part (plus the tails of the folds it
    /// enters) is recomputed; otherwise evaluating each point in full is cheaper. The tape is built
    /// only when there are enough elements to ask.
    /// </summary>
    public static bool PerturbsIncrementally(int elements, Func<int> instructions) =>
        elements >= IncrementalMinElements && instructions() >= IncrementalMinInstructions;
}
