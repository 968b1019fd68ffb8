using System.Text.Json;
using Differentiator.Reports;

namespace Differentiator.Tests.Facade;

/// <summary>The front ends' facade: reports that hold every result, warning and note, and their one JSON form.</summary>
public class FormulaReportsTests
{
    [Test]
    public void Each_partial_that_is_defined_keeps_its_value_when_another_is_not()
    {
        var report = FormulaReports.Differentiate(Formula.Parse("x^y"), new DiffOptions { At = Point.Parse("x=-2,y=2") });
        Assert.That(report.Partials[0].Value, Is.EqualTo(-4.0));
        Assert.That(report.Partials[1].Value, Is.Null);
        Assert.That(report.Partials[1].ValueError, Does.Contain("ln"));
        Assert.That(report.NoneDefined, Is.False);
        Assert.That(report.Messages.Select(m => m.Code), Does.Contain(ErrorCodes.PartialUndefined));
    }

    [Test]
    public void A_constant_has_derivative_zero_and_a_note_that_it_has_no_variables()
    {
        var report = FormulaReports.Differentiate(Formula.Parse("5"));
        Assert.That(report.Partials.Single().Label, Is.EqualTo("d/dx"));
        Assert.That(report.Partials.Single().Derivative.ToText(), Is.EqualTo("0"));
        Assert.That(report.Messages.Select(m => m.Code), Does.Contain(ErrorCodes.NoVariables));
    }

    [Test]
    public void A_variable_that_does_not_occur_is_warned_about()
    {
        var report = FormulaReports.Differentiate(Formula.Parse("x^2"), new DiffOptions { Wrt = ["q"] });
        Assert.That(report.Partials.Single().Derivative.ToText(), Is.EqualTo("0"));
        var warning = report.Messages.Single(m => m.Code == ErrorCodes.AbsentVariable);
        Assert.That(warning.Severity, Is.EqualTo(MessageSeverity.Warning));
        Assert.That(warning.Message, Does.Contain("q does not occur"));
    }

    [Test]
    public void The_derivative_undefined_where_the_function_is_defined_is_said_so()
    {
        var report = FormulaReports.Differentiate(Formula.Parse("sqrt(x)"), new DiffOptions { At = Point.Parse("x=0.0") });
        Assert.That(report.NoneDefined, Is.True);
        Assert.That(report.Messages.Single(m => m.Code == ErrorCodes.PartialUndefined).Message, Does.StartWith("d/dx = 1/(2 sqrt(x)) is undefined at x = 0.0"));
        Assert.That(report.Messages.Select(m => m.Code), Does.Not.Contain(ErrorCodes.UndefinedAtPoint));
    }

    [Test]
    public void Numdiff_notes_a_pole_at_the_input_and_keeps_numpys_value()
    {
        var report = FormulaReports.NumericGradient(Formula.Parse("1/x"), "[0.0]");
        Assert.That(report.Result.Gradient.GetDouble(0), Is.EqualTo(1e10).Within(1e-5));
        Assert.That(report.Messages.Select(m => m.Code), Does.Contain(ErrorCodes.UndefinedAtPoint));
    }

    [Test]
    public void Compare_outside_the_domain_is_an_error()
    {
        Assert.Throws<Differentiator.Expressions.Evaluation.EvaluationException>(() => FormulaReports.Compare(Formula.Parse("ln(x)"), Point.Parse("x=-1.0")));
    }

    [Test]
    public void Json_echoes_points_as_written_and_never_writes_a_non_finite_number()
    {
        var report = FormulaReports.Differentiate(Formula.Parse("2*1e308*x + y"), new DiffOptions { At = Point.Parse("x=1.0,y=2") });
        var text = ReportJson.Write(ReportJson.Of(report, gradient: true));
        using var json = JsonDocument.Parse(text);
        var at = json.RootElement.GetProperty("at");
        Assert.That(at.GetProperty("x").GetRawText(), Is.EqualTo("1.0"));
        Assert.That(at.GetProperty("y").GetRawText(), Is.EqualTo("2"));
        Assert.That(text, Does.Not.Contain("Infinity").And.Not.Contain("NaN"));
    }

    [Test]
    public void Every_document_has_the_same_formula_fields_and_warning_objects()
    {
        var f = Formula.Parse("1/2x");
        var documents = new[]
        {
            ReportJson.Of(FormulaReports.Parse(f)),
            ReportJson.Of(FormulaReports.Evaluate(f, Point.Parse("x=1.0"))),
            ReportJson.Of(FormulaReports.Differentiate(f)),
            ReportJson.Of(FormulaReports.NumericGradient(f, "[1.0]")),
            ReportJson.Of(FormulaReports.Compare(f, Point.Parse("x=1.0"))),
        };
        foreach (var d in documents)
        {
            Assert.That(d["input"]!.GetValue<string>(), Is.EqualTo("1/2x"));
            Assert.That(d["variables"]!.AsArray().Select(v => v!.GetValue<string>()), Is.EqualTo(new[] { "x" }));
            var warning = d["warnings"]!.AsArray()[0]!;
            Assert.That(warning["code"]!.GetValue<string>(), Is.EqualTo("DX1002"));
            Assert.That(warning["start"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(0));
        }
    }

    [Test]
    public void Errors_have_one_shape_with_zero_based_offsets()
    {
        var error = Assert.Throws<FormulaSyntaxException>(() => Formula.Parse("2x + foo(x)"))!;
        var json = ReportJson.Of(ErrorReport.From(error)!);
        Assert.That(json["error"]!["code"]!.GetValue<string>(), Is.EqualTo("DX0005"));
        Assert.That(json["error"]!["start"]!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(json["error"]!["length"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(ErrorReport.From(new InvalidOperationException("bug")), Is.Null);
    }
}
