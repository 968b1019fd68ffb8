using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Differentiator.Web.Api;

/// <summary>
/// Runs the library work of one request under one <see cref="OperationBudget"/>: the server's
/// <see cref="ServerOptions.TimeBudget"/> and the library's limits of work, nodes and printed
/// characters. Work that reaches a limit stops with <see cref="BudgetExceededException"/>, which
/// the API answers with 422, so no formula holds a worker.
/// </summary>
internal static class RequestBudget
{
    public static T Run<T>(HttpContext context, Func<T> work)
    {
        var options = context.RequestServices.GetRequiredService<ServerOptions>();
        using var budget = (OperationBudget.Default with { TimeLimit = options.TimeBudget }).Enter();
        return work();
    }
}
