using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Neural;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Neural;

/// <summary>Training a gate by gradient descent on a loss formula, with the differentiator's gradient.</summary>
public class TrainingTests
{
    [Test]
    public void Truth_tables_are_the_lectures()
    {
        int[] Column(LogicGate g) => [.. LogicGates.Inputs.Select(r => LogicGates.Output(g, r.X1, r.X2))];
        Assert.That(Column(LogicGate.And), Is.EqualTo(new[] { 0, 0, 0, 1 }));
        Assert.That(Column(LogicGate.Nand), Is.EqualTo(new[] { 1, 1, 1, 0 }));
        Assert.That(Column(LogicGate.Or), Is.EqualTo(new[] { 0, 1, 1, 1 }));
        Assert.That(Column(LogicGate.Nor), Is.EqualTo(new[] { 1, 0, 0, 0 }));
        Assert.That(Column(LogicGate.Xor), Is.EqualTo(new[] { 0, 1, 1, 0 }));
    }

    [Test]
    public void The_single_unit_learns_the_separable_gates_from_seeds_1_to_10(
        [Values(LogicGate.And, LogicGate.Nand, LogicGate.Or, LogicGate.Nor)] LogicGate gate)
    {
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var result = Trainer.Train(gate, new TrainingOptions { Seed = seed });
            Assert.That(result.Learned, Is.True, $"{gate} from seed {seed}");
            Assert.That(result.Loss, Is.LessThan(0.01), $"{gate} from seed {seed}");
        }
    }

    [Test]
    public void A_fixed_seed_gives_pinned_weights()
    {
        var result = Trainer.Train(LogicGate.And, new TrainingOptions { Seed = 1 });
        var w = result.Weights.ToDictionary(p => p.Key, p => p.Value);
        Assert.That(w["w1"], Is.EqualTo(10.6784).Within(1e-4));
        Assert.That(w["w2"], Is.EqualTo(10.6784).Within(1e-4));
        Assert.That(w["b"], Is.EqualTo(-16.1867).Within(1e-4));
        Assert.That(result.Loss, Is.EqualTo(0.003439).Within(1e-6));
        Assert.That(Trainer.Train(LogicGate.And, new TrainingOptions { Seed = 1 }).Weights, Is.EqualTo(result.Weights), "deterministic");
    }

    [Test]
    public void Xor_defeats_a_single_unit_and_says_why()
    {
        var result = Trainer.Train(LogicGate.Xor, new TrainingOptions { Seed = 3 });
        Assert.That(result.Learned, Is.False);
        Assert.That(result.Explanation, Does.Contain("not linearly separable"));
        Assert.That(result.Loss, Is.EqualTo(Math.Log(2)).Within(1e-3), "the best a single unit can do is σ = 1/2 everywhere");
    }

    [Test]
    public void A_hidden_layer_of_two_learns_xor_from_seed_1_and_three_from_most_seeds()
    {
        Assert.That(Trainer.Train(LogicGate.Xor, new TrainingOptions { Hidden = 2, Seed = 1 }).Learned, Is.True);
        var learned = Enumerable.Range(1, 5).Count(s => Trainer.Train(LogicGate.Xor, new TrainingOptions { Hidden = 3, Seed = s, Epochs = 3000 }).Learned);
        Assert.That(learned, Is.GreaterThanOrEqualTo(4));
    }

    [Test]
    public void The_numeric_gradient_trains_to_the_same_weights()
    {
        var numeric = Trainer.Train(LogicGate.Or, new TrainingOptions { Numeric = true, Epochs = 1000 });
        var symbolic = Trainer.Train(LogicGate.Or, new TrainingOptions { Epochs = 1000 });
        Assert.That(numeric.Gradient, Is.EqualTo("numeric"));
        foreach (var (n, s) in numeric.Weights.Zip(symbolic.Weights))
            Assert.That(n.Value, Is.EqualTo(s.Value).Within(1e-6));
    }

    [Test]
    public void The_squared_loss_trains_too()
    {
        var result = Trainer.Train(LogicGate.Nand, new TrainingOptions { Loss = TrainingLoss.Squared, Epochs = 5000, Rate = 2 });
        Assert.That(result.Learned, Is.True);
        Assert.That(result.LossFormula.ToText(), Does.Contain("sigmoid"));
    }

    [Test]
    public void Weights_start_from_a_seeded_standard_normal()
    {
        var sampler = new NormalSampler(42);
        var values = Enumerable.Range(0, 100_000).Select(_ => sampler.Next()).ToArray();
        Assert.That(values.Average(), Is.EqualTo(0).Within(0.02));
        Assert.That(values.Select(v => v * v).Average(), Is.EqualTo(1).Within(0.02));
        Assert.That(new NormalSampler(42).Next(), Is.EqualTo(values[0]));
    }

    [Test]
    public void Dx_train_json_has_the_issues_fields()
    {
        var r = DxProcess.Run("train", "and", "--epochs", "2000", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("gate").GetString(), Is.EqualTo("and"));
        Assert.That(root.GetProperty("epochs").GetInt32(), Is.EqualTo(2000));
        Assert.That(root.GetProperty("learned").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("gradient").GetString(), Is.EqualTo("symbolic"));
        Assert.That(root.GetProperty("weights").GetProperty("w1").GetDouble(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("rows")[3].EnumerateArray().Select(v => v.GetInt32()), Is.EqualTo(new[] { 1, 1, 1 }));
    }

    [Test]
    public void Dx_train_draws_the_loss()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "plots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "xor-loss.png");
        File.Delete(path);
        var r = DxProcess.Run("train", "xor", "--hidden", "2", "--plot", path);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(bytes.Length, Is.GreaterThan(10_000));
        Assert.That(DxProcess.Run("train", "and", "--plot", Path.Combine(folder, "loss.txt")).ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void Dx_train_refuses_what_it_cannot_do()
    {
        Assert.That(DxProcess.Run("train", "xnor").ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(DxProcess.Run("train", "and", "--epochs", "0").ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(DxProcess.Run("train", "and", "--rate", "-1").ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }
}
