using Differentiator.Reports;
using Differentiator.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Differentiator.Grading;

/// <summary>
/// Reads an exercise set from YAML, or from JSON (which the YAML reader reads too):
/// <code>
/// title: Lecture, derivatives
/// exercises:
///   - id: p3-dx
///     function: "2x + 3xy + y^3"
///     wrt: x            # or a list [x, y]: the answer is then a list
///     points: 2         # default 1
///     order: 2          # default 1
///     at: {x: 1.0, y: 2.0}   # a value exercise: the answer is a number (or a list of numbers)
///     tolerance: 1e-6   # relative, default 1e-9
///     domain: {x: [-2, 2]}
///     partial: false    # a list answer earns nothing unless every component is right (default: its share)
/// </code>
/// A file that is not YAML at all is an <see cref="InvalidInputException"/> with its line and column;
/// everything else wrong is collected as <see cref="SetProblem"/>s, so a check reports them all.
/// </summary>
public static class ExerciseSetReader
{
    /// <summary>The most exercises one set may hold.</summary>
    public const int MaxExercises = 10_000;

    /// <summary>Reads <paramref name="text"/>, the contents of <paramref name="fileName"/> (named in messages).</summary>
    /// <exception cref="InvalidInputException">The text is not YAML or JSON; the message has the line and column.</exception>
    public static ExerciseSetReading Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var root = LoadRoot(text, fileName);
        return new SetFileReader(fileName).ReadRoot(root);
    }

    private static YamlNode? LoadRoot(string text, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var line = LineAt(text, (int)e.Start.Line);
            var column = (int)Math.Max(1, e.Start.Column);
            throw new InvalidInputException($"{fileName}:{e.Start.Line}:{column}: {e.Message}", ErrorCodes.ExerciseSet,
                line, new SourceSpan(Math.Min(column - 1, line.Length), 1));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The YAML library fails this way on a few malformed inputs instead of reporting a position.
            throw new InvalidInputException($"{fileName}: the file cannot be read as YAML or JSON.", ErrorCodes.ExerciseSet);
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static string LineAt(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : "";
    }

    /// <summary>One reading of one file: the problems found so far.</summary>
    private sealed class SetFileReader(string fileName)
    {
        private static readonly string[] RootKeys = ["title", "exercises"];
        private static readonly string[] ExerciseKeys = ["id", "function", "wrt", "points", "order", "at", "tolerance", "domain", "partial"];
        private readonly List<SetProblem> _problems = [];

        public ExerciseSetReading ReadRoot(YamlNode? root)
        {
            var title = Path.GetFileNameWithoutExtension(fileName);
            var exercises = new List<Exercise>();
            if (root is not YamlMappingNode map)
            {
                Problem(root, null, "An exercise set is a mapping with a title and a list of exercises (title: …, exercises: [...]).");
                return Done(title, exercises);
            }
            CheckKeys(map, RootKeys, null);
            if (Field(map, "title") is { } titleNode && Scalar(titleNode, "title", null) is { } t) title = t;
            if (Field(map, "exercises") is not YamlSequenceNode list)
            {
                Problem(Field(map, "exercises") ?? map, null, "The set needs 'exercises:', a list of exercises.");
                return Done(title, exercises);
            }
            if (list.Children.Count == 0) Problem(list, null, "The list of exercises is empty.");
            if (list.Children.Count > MaxExercises) Problem(list, null, $"A set may hold at most {MaxExercises:N0} exercises.");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in list.Children.Take(MaxExercises))
            {
                var exercise = ReadExercise(node);
                if (exercise is null) continue;
                if (!seen.Add(exercise.Id))
                {
                    Problem(node, exercise.Id, $"The id '{exercise.Id}' is used by an earlier exercise; ids must be unique.");
                    continue;
                }
                exercises.Add(exercise);
            }
            return Done(title, exercises);
        }

        private ExerciseSetReading Done(string title, List<Exercise> exercises) => new(new ExerciseSet(title, exercises), _problems);

        private Exercise? ReadExercise(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, null, "An exercise is a mapping with at least an id and a function.");
                return null;
            }
            var idNode = Field(map, "id");
            var id = idNode is null ? null : Scalar(idNode, "id", null);
            if (idNode is null) Problem(map, null, "The exercise has no id.");
            else if (id is not null && id.Trim().Length == 0) { Problem(idNode, null, "The id is empty."); id = null; }
            var problemsBefore = _problems.Count;
            CheckKeys(map, ExerciseKeys, id);
            var function = ReadFunction(map, id);
            if (id is null || function is null) return null;

            var (wrt, isList) = ReadWrt(map, id, function);
            var exercise = new Exercise
            {
                Id = id,
                Function = function,
                Wrt = wrt,
                IsList = isList,
                Location = At(map),
                Points = Number(map, "points", id, 1, p => p >= 0, "a number of points, 0 or more"),
                Order = (int)Number(map, "order", id, 1, o => o >= 1 && o <= MaxOrder && o == Math.Floor(o), $"a whole number from 1 to {MaxOrder}"),
                Tolerance = Number(map, "tolerance", id, Exercise.DefaultTolerance, t => t > 0 && t < 1, "a relative tolerance above 0 and below 1"),
                PartialCredit = Boolean(map, "partial", id, true),
                At = ReadPoint(map, id, function),
                Domain = ReadDomain(map, id, function),
            };
            return _problems.Count == problemsBefore ? exercise : null;
        }

        /// <summary>The highest order an exercise may ask for.</summary>
        private const int MaxOrder = 10;

        private Formula? ReadFunction(YamlMappingNode map, string? id)
        {
            var node = Field(map, "function");
            if (node is null)
            {
                Problem(map, id, "The exercise has no function.");
                return null;
            }
            var text = Scalar(node, "function", id);
            if (text is null) return null;
            if (Formula.TryParse(text, out var formula, out var error)) return formula;
            _problems.Add(new SetProblem(At(node), id, new ErrorReport(error.Code, error.Message, text, error.Span)));
            return null;
        }

        private (IReadOnlyList<string> Wrt, bool IsList) ReadWrt(YamlMappingNode map, string id, Formula function)
        {
            var node = Field(map, "wrt");
            if (node is null)
            {
                if (function.Variables.Count == 1) return ([function.Variables[0]], false);
                Problem(map, id, function.Variables.Count == 0
                    ? "The function has no variables, so there is nothing to differentiate by; give 'wrt'."
                    : $"Say which variable to differentiate by ('wrt: x' or 'wrt: [x, y]'): the function has {NameList.Describe(function.Variables)}.");
                return ([], false);
            }
            var names = node switch
            {
                YamlScalarNode s => s.Value is { } v ? [v.Trim()] : [],
                YamlSequenceNode seq => seq.Children.Select(c => Scalar(c, "wrt", id)?.Trim()).OfType<string>().ToList(),
                _ => [],
            };
            if (names.Count == 0 || names.Any(n => n.Length == 0))
            {
                Problem(node, id, "'wrt' is a variable (wrt: x) or a non-empty list of variables (wrt: [x, y]).");
                return ([], false);
            }
            foreach (var name in names.Where(n => !function.Variables.Contains(n)).Distinct())
                Problem(node, id, function.Variables.Count == 0
                    ? $"'wrt' names {name}, but the function {function.Source} has no variables."
                    : $"'wrt' names {name}, which the function {function.Source} does not have (its variables: {NameList.Describe(function.Variables)}).");
            if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
                Problem(node, id, "'wrt' names a variable twice.");
            return (names, node is YamlSequenceNode);
        }

        private Point? ReadPoint(YamlMappingNode map, string id, Formula function)
        {
            var node = Field(map, "at");
            if (node is null) return null;
            // The texts, not the doubles: x: 1 is the integer 1 and x: 1.0 the decimal, as written.
            var texts = NumberMap(node, "at", id, v => NumberValue(v, "at", id, double.IsFinite, "a finite number") is null ? null : ((YamlScalarNode)v).Value!.Trim());
            if (texts is null) return null;
            var missing = function.Variables.Where(v => !texts.ContainsKey(v)).ToList();
            if (missing.Count > 0) Problem(node, id, $"'at' gives no value for {NameList.Describe(missing)}.");
            foreach (var extra in texts.Keys.Where(k => !function.Variables.Contains(k)))
                Problem(node, id, $"'at' gives a value for {extra}, which the function does not have.");
            if (missing.Count > 0) return null;
            try
            {
                return Point.FromWritten(texts.Select(kv => (kv.Key, kv.Value)));
            }
            catch (InvalidInputException e)
            {
                Problem(node, id, $"'at': {e.Message}");
                return null;
            }
        }

        private Dictionary<string, DomainInterval> ReadDomain(YamlMappingNode map, string id, Formula function)
        {
            var node = Field(map, "domain");
            if (node is null) return [];
            var intervals = NumberMap(node, "domain", id, v => Interval(v, id)) ?? [];
            foreach (var extra in intervals.Keys.Where(k => !function.Variables.Contains(k)))
                Problem(node, id, $"'domain' names {extra}, which the function does not have.");
            return intervals.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value, StringComparer.Ordinal);
        }

        private DomainInterval? Interval(YamlNode node, string id)
        {
            if (node is not YamlSequenceNode { Children.Count: 2 } seq)
            {
                Problem(node, id, "A domain is an interval of two numbers, such as x: [-2, 2].");
                return null;
            }
            var low = NumberValue(seq.Children[0], "domain", id, double.IsFinite, "a finite number");
            var high = NumberValue(seq.Children[1], "domain", id, double.IsFinite, "a finite number");
            if (low is null || high is null) return null;
            if (low >= high)
            {
                Problem(node, id, $"The interval [{GradingNumbers.Format(low.Value)}, {GradingNumbers.Format(high.Value)}] is empty: its low end must be below its high end.");
                return null;
            }
            return new DomainInterval(low.Value, high.Value);
        }

        private Dictionary<string, T>? NumberMap<T>(YamlNode node, string field, string id, Func<YamlNode, T?> value)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, id, $"'{field}' is a mapping from variables to values, such as {{x: 1.0, y: 2.0}}.");
                return null;
            }
            var result = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (key, v) in map.Children)
            {
                if (Scalar(key, field, id) is not { } name) continue;
                if (value(v) is { } parsed) result[name.Trim()] = parsed;
            }
            return result;
        }

        private double Number(YamlMappingNode map, string field, string id, double fallback, Func<double, bool> valid, string what) =>
            Field(map, field) is { } node ? NumberValue(node, field, id, valid, what) ?? fallback : fallback;

        private double? NumberValue(YamlNode node, string field, string id, Func<double, bool> valid, string what)
        {
            var text = Scalar(node, field, id);
            if (text is null) return null;
            if (GradingNumbers.TryParse(text.Trim(), out var value) && valid(value)) return value;
            Problem(node, id, $"'{field}' must be {what}, not '{text}'.");
            return null;
        }

        private bool Boolean(YamlMappingNode map, string field, string id, bool fallback)
        {
            if (Field(map, field) is not { } node) return fallback;
            var text = Scalar(node, field, id)?.Trim().ToLowerInvariant();
            if (text is "true" or "yes") return true;
            if (text is "false" or "no") return false;
            Problem(node, id, $"'{field}' must be true or false.");
            return fallback;
        }

        private string? Scalar(YamlNode node, string field, string? id)
        {
            if (node is YamlScalarNode { Value: { } value }) return value;
            Problem(node, id, $"'{field}' must be a single value here, not a list or a mapping.");
            return null;
        }

        private void CheckKeys(YamlMappingNode map, string[] known, string? id)
        {
            foreach (var key in map.Children.Keys)
                if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
                    Problem(key, id, $"Unknown field '{name}'; the fields are {string.Join(", ", known)}.");
        }

        private static YamlNode? Field(YamlMappingNode map, string name) =>
            map.Children.TryGetValue(new YamlScalarNode(name), out var value) ? value : null;

        private SetLocation At(YamlNode? node) => new(fileName, (int)(node?.Start.Line ?? 1), (int)(node?.Start.Column ?? 1));

        private void Problem(YamlNode? node, string? id, string message) =>
            _problems.Add(new SetProblem(At(node), id, new ErrorReport(ErrorCodes.ExerciseSet, message)));
    }
}
