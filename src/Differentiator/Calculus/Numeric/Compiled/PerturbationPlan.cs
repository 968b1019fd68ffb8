namespace Differentiator.Calculus.Numeric;

/// <summary>
/// What to recompute when one input element changes: the instructions that depend on it, in tape
/// order, and for each sum or product the sorted operand positions that change.
/// </summary>
internal sealed class PerturbationPlan
{
    private PerturbationPlan(int[] slots, int[][] changedPositions)
    {
        Slots = slots;
        ChangedPositions = changedPositions;
    }

    public int[] Slots { get; }

    public int[][] ChangedPositions { get; }

    /// <summary>Follows the users of the element's loads forwards: work proportional to the part of the tape that changes.</summary>
    public static PerturbationPlan For(Tape tape, int element)
    {
        var positions = new Dictionary<int, SortedSet<int>>();
        var stack = new Stack<int>(tape.Loads[element]);
        foreach (var load in tape.Loads[element]) positions[load] = [];
        while (stack.Count > 0)
        {
            var slot = stack.Pop();
            foreach (var (parent, position) in tape.Users[slot])
            {
                if (!positions.TryGetValue(parent, out var set))
                {
                    positions[parent] = set = [];
                    stack.Push(parent);
                }
                set.Add(position);
            }
        }
        var slots = positions.Keys.Order().ToArray();
        return new(slots, [.. slots.Select(s => positions[s].ToArray())]);
    }
}
