using Differentiator.Grading;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Grading;

/// <summary>Exercise sets in YAML or JSON: read with every field, checked with every problem reported at its line and column.</summary>
public class ExerciseSetTests
{
    private const string IssueExample = """
        title: Lecture, derivatives
        exercises:
          - id: p3-dx
            function: "2x + 3xy + y^3"
            wrt: x                  # one variable: the answer is a formula
            points: 2               # default 1
          - id: p3-grad
            function: "2x + 3xy + y^3"
            wrt: [x, y]             # several: the answer is a list "[2 + 3y, 3x + 3y^2]"
          - id: p3-value
            function: "2x + 3xy + y^3"
            wrt: [x, y]
            at: {x: 1.0, y: 2.0}    # the answer is a number, or a list of numbers
            tolerance: 1e-6         # relative, for numeric answers (default 1e-9)
          - id: chain
            function: "e^(3x^2)"
            wrt: x
            order: 2                # second derivative (default 1)
            domain: {x: [-2, 2]}    # optional; otherwise inferred from the formulas
        """;

    [Test]
    public void The_issues_example_reads_with_every_field()
    {
        var check = ExerciseSetCheck.Run(IssueExample, "set.yaml");
        Assert.That(check.Problems, Is.Empty, string.Join("\n", check.Problems.Select(p => p.Render())));
        var e = check.Set.Exercises;
        Assert.That(check.Set.Title, Is.EqualTo("Lecture, derivatives"));
        Assert.That(e.Select(x => x.Id), Is.EqualTo(new[] { "p3-dx", "p3-grad", "p3-value", "chain" }));
        Assert.That(e[0].Points, Is.EqualTo(2));
        Assert.That(e[0].IsList, Is.False);
        Assert.That(e[0].Wrt, Is.EqualTo(new[] { "x" }));
        Assert.That(e[1].Wrt, Is.EqualTo(new[] { "x", "y" }));
        Assert.That(e[1].IsList, Is.True);
        Assert.That(e[2].At!.Values, Is.EquivalentTo(new Dictionary<string, double> { ["x"] = 1.0, ["y"] = 2.0 }));
        Assert.That(e[2].Tolerance, Is.EqualTo(1e-6));
        Assert.That(e[3].Order, Is.EqualTo(2));
        Assert.That(e[3].Domain["x"], Is.EqualTo(new DomainInterval(-2, 2)));
        Assert.That(e[0].Tolerance, Is.EqualTo(1e-9));
        Assert.That(check.Prepared.Select(p => p.Exercise.Id), Is.EqualTo(e.Select(x => x.Id)));
    }

    [Test]
    public void Json_is_accepted_too()
    {
        const string json = """
            {
            	"title": "JSON",
            	"exercises": [
            		{"id": "a", "function": "x^2", "points": 3},
            		{"id": "b", "function": "2x + 3xy + y^3", "wrt": ["x", "y"], "at": {"x": 1.0, "y": 2.0}}
            	]
            }
            """;
        var set = PreparedSet.Load(json, "set.json");
        Assert.That(set.Title, Is.EqualTo("JSON"));
        Assert.That(set.Exercises[0].Exercise.Points, Is.EqualTo(3));
        Assert.That(set.Exercises[1].ExpectedValues, Is.EqualTo(new[] { 8.0, 15.0 }));
    }

    [Test]
    public void A_function_without_wrt_is_differentiated_by_its_one_variable()
    {
        var set = PreparedSet.Load("exercises:\n  - id: a\n    function: sin(t)\n", "set.yaml");
        Assert.That(set.Exercises[0].Exercise.Wrt, Is.EqualTo(new[] { "t" }));
        Assert.That(set.Title, Is.EqualTo("set"), "the title defaults to the file's name");
    }

    [Test]
    public void Not_yaml_at_all_is_a_user_error_with_line_and_column()
    {
        var e = Assert.Throws<InvalidInputException>(() => ExerciseSetReader.Read("title: t\nexercises:\n  - id: 'a\n", "bad.yaml"));
        Assert.That(e!.Code, Is.EqualTo(ErrorCodes.ExerciseSet));
        Assert.That(e.Message, Does.StartWith("bad.yaml:3:"));
        Assert.That(e.Render(), Does.Contain("^"));
    }

    [Test]
    public void Every_problem_is_reported_with_its_place()
    {
        const string yaml = """
            title: Problems
            exercises:
              - id: bad-syntax
                function: "2x +"
              - id: dup
                function: "x^2"
              - id: dup
                function: "x^3"
              - id: no-such-variable
                function: "x^2"
                wrt: y
              - id: empty-domain
                function: "ln(x)"
                domain: {x: [3, 1]}
              - id: nowhere-defined
                function: "ln(-1 - x^2)"
              - id: unknown-field
                function: "x"
                pionts: 2
              - id: bad-number
                function: "x"
                points: many
              - id: value-undefined
                function: "ln(x)"
                at: {x: 0.0}
              - function: "x"
            """;
        var check = ExerciseSetCheck.Run(yaml, "set.yaml");
        var rendered = check.Problems.Select(p => p.Render()).ToList();
        var all = string.Join("\n", rendered);
        Assert.That(check.IsValid, Is.False);
        Assert.That(rendered, Has.Some.StartsWith("set.yaml:4:15: exercise bad-syntax: error DX0008").And.Contains("2x +\n").And.Contains("^"), all);
        Assert.That(rendered, Has.Some.Contains("exercise dup: error DX0801: The id 'dup' is used by an earlier exercise"), all);
        Assert.That(rendered, Has.Some.Contains("'wrt' names y, which the function x^2 does not have"), all);
        Assert.That(rendered, Has.Some.Contains("The interval [3, 1] is empty"), all);
        Assert.That(rendered, Has.Some.Contains("exercise nowhere-defined").And.Contains("No point was found"), all);
        Assert.That(rendered, Has.Some.Contains("Unknown field 'pionts'"), all);
        Assert.That(rendered, Has.Some.Contains("'points' must be a number of points, 0 or more, not 'many'"), all);
        Assert.That(rendered, Has.Some.Contains("exercise value-undefined").And.Contains("has no value at x = 0"), all);
        Assert.That(rendered, Has.Some.Contains("The exercise has no id"), all);
        Assert.That(check.Problems.Select(p => p.Location.Line), Is.Ordered);
        var load = Assert.Throws<InvalidInputException>(() => PreparedSet.Load(yaml, "set.yaml"));
        Assert.That(load!.Message, Does.Contain("more problems; 'dx grade --check' lists them all"));
    }

    [Test]
    public void A_deeply_nested_function_is_prepared_or_refused_with_a_message_never_a_crash()
    {
        var deep = Nesting.Nested("sin", 300);
        var check = ExerciseSetCheck.Run($"exercises:\n  - id: deep\n    function: \"{deep}\"\n", "deep.yaml");
        Assert.That(check.IsValid ? check.Prepared.Count : check.Problems.Count, Is.EqualTo(1));
        if (check.IsValid) Assert.That(AnswerGrader.Grade(check.Prepared[0], "cos(x)").Verdict, Is.EqualTo(AnswerVerdict.Incorrect));
    }

    [TestCase("exercises: []", "The list of exercises is empty")]
    [TestCase("title: t", "The set needs 'exercises:'")]
    [TestCase("- a\n- b", "An exercise set is a mapping")]
    [TestCase("exercises:\n  - id: a\n    function: 2x + 3xy\n", "Say which variable to differentiate by")]
    [TestCase("exercises:\n  - id: a\n    function: x\n    order: 0\n", "'order' must be a whole number from 1 to 10")]
    [TestCase("exercises:\n  - id: a\n    function: x\n    tolerance: 2\n", "'tolerance' must be a relative tolerance")]
    [TestCase("exercises:\n  - id: a\n    function: x y\n    wrt: x\n    at: {x: 1}\n", "'at' gives no value for y")]
    [TestCase("exercises:\n  - id: a\n    function: x\n    partial: maybe\n", "'partial' must be true or false")]
    public void Malformed_sets_say_what_is_wrong(string yaml, string message)
    {
        var check = ExerciseSetCheck.Run(yaml, "s.yaml");
        Assert.That(check.Problems.Select(p => p.Error.Message), Has.Some.Contains(message));
    }
}
