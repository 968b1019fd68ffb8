using Differentiator.Grading;

namespace Differentiator.Web.Tests.Support;

/// <summary>The project's example exercise set (<c>examples/grading/exercises.yaml</c>, copied beside the tests).</summary>
public static class ExampleSet
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Examples", "grading", "exercises.yaml");

    private static readonly Lazy<PreparedSet> Prepared = new(() => PreparedSet.Load(File.ReadAllText(Path), "exercises.yaml"));

    public static PreparedSet Set => Prepared.Value;

    public static PreparedExercise Exercise(string id) => Set.Exercises[Set.IndexOf(id)];
}
