using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Expressions;
using Differentiator.Neural;
using Differentiator.Reports;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Neural;

/// <summary>The lecture's worked perceptron and the activation functions' value tables.</summary>
public class PerceptronAndTableTests
{
    [Test]
    public void The_worked_perceptron_with_the_exact_e_and_the_lectures_two_point_seven()
    {
        var outputs = Perceptron.Evaluate(Perceptron.LectureWeights, Perceptron.LectureBias, Perceptron.LectureInputs, MathFunctions.Sigmoid);
        Assert.That(outputs[0].Z, Is.EqualTo(-0.3).Within(1e-12));
        Assert.That(outputs[1].Z, Is.EqualTo(1.7).Within(1e-12));
        Assert.That(Math.Round(outputs[0].Y, 2), Is.EqualTo(0.43));
        Assert.That(Math.Round(outputs[1].LectureY!.Value, 2), Is.EqualTo(0.84), "the lecture's figure, with e = 2.7");
        Assert.That(outputs[1].Y, Is.EqualTo(1 / (1 + Math.Exp(-1.7))).Within(1e-15));
        Assert.That((outputs[0].DiffersFromLecture, outputs[1].DiffersFromLecture), Is.EqualTo((false, true)));
    }

    [Test]
    public void Dx_perceptron_says_where_the_exact_e_differs()
    {
        var r = DxProcess.Run("perceptron");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(r.Out, Does.Contain("y = sigmoid(2x1 + 3x2 - 1)"));
        Assert.That(r.Out, Does.Contain("z = -0.3, y = 0.4256"));
        Assert.That(r.Out, Does.Contain("z = 1.7, y = 0.8455").And.Contain("differ in the third decimal"));
    }

    [Test]
    public void A_step_unit_prints_its_output_as_the_integer_it_is()
    {
        var r = DxProcess.Run("perceptron", "--activation", "step");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(r.Out, Does.Contain("z = -0.3, y = 0\n").And.Contain("z = 1.7, y = 1\n"));
    }

    [Test]
    public void Activation_tables_with_derivatives()
    {
        var report = TableReport.Compute(Formula.Parse("sigmoid(x)"), -5, 5, 1, derivatives: 1);
        Assert.That(report.Rows, Has.Count.EqualTo(11));
        Assert.That(report.Rows[5].Values, Is.EqualTo(new double?[] { 0.5, 0.25 }));
        Assert.That(report.Columns[1].ToText(), Is.EqualTo("sigmoid(x) (1 - sigmoid(x))"));
        var step = TableReport.Compute(Formula.Parse("step(x)"), -1, 1, 1);
        Assert.That(step.Rows.Select(r => r.Values[0]), Is.EqualTo(new double?[] { 0, 1, 1 }));
        var relu = TableReport.Compute(Formula.Parse("relu(x)"), -2, 2, 2);
        Assert.That(relu.Rows.Select(r => r.Values[0]), Is.EqualTo(new double?[] { 0, 0, 2 }));
    }

    [Test]
    public void A_table_marks_undefined_values_and_refuses_what_makes_no_table()
    {
        var report = TableReport.Compute(Formula.Parse("1/x"), -1, 1, 1);
        Assert.That(report.Rows[1].Values[0], Is.Null);
        Assert.Throws<InvalidInputException>(() => TableReport.Compute(Formula.Parse("x"), 0, 1, 0));
        Assert.Throws<InvalidInputException>(() => TableReport.Compute(Formula.Parse("x"), 1, 0, 1));
        Assert.Throws<InvalidInputException>(() => TableReport.Compute(Formula.Parse("x"), 0, 1e9, 1e-3));
        Assert.Throws<InvalidInputException>(() => TableReport.Compute(Formula.Parse("x y"), 0, 1, 1));
    }

    [Test]
    public void Dx_table_text_and_json()
    {
        var text = DxProcess.Run("table", "sigmoid(x)", "--from", "-5", "--to", "5", "--step", "1", "--derivative");
        Assert.That(text.ExitCode, Is.EqualTo(ExitCodes.Ok), text.Error);
        Assert.That(text.Out, Does.Contain("f'(x) = sigmoid(x) (1 - sigmoid(x))"));
        Assert.That(text.Out.Split('\n').Count(l => l.Length > 0), Is.EqualTo(2 + 1 + 11));
        var json = DxProcess.Run("table", "1/x", "--from", "-1", "--to", "1", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.That(doc.RootElement.GetProperty("rows")[1][1].ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
