using Differentiator.Syntax;

namespace Differentiator.Tests.Support;

/// <summary>Small helpers for parser tests.</summary>
public static class Parsing
{
    /// <summary>The diagnostic a bad formula gets; fails the test when the formula parses.</summary>
    public static Diagnostic ErrorOf(string text)
    {
        if (Formula.TryParse(text, out var f, out var error))
            Assert.Fail($"'{text}' should not parse, but was read as {f.Reading}.");
        return error!;
    }

    /// <summary>The reading (code form) of a formula.</summary>
    public static string Reading(string text) => Formula.Parse(text).Reading;

    /// <summary>Whether two formulas parse to the same tree.</summary>
    public static bool SameTree(string a, string b) => Formula.Parse(a).Expression == Formula.Parse(b).Expression;
}
