using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Differentiator.Web.Api;

/// <summary>
/// Runs the library work of one request under the server's time budget
/// (<see cref="ServerOptions.TimeBudget"/>): work that reaches it stops with an error the API
/// answers with 422, so no formula holds a worker.
/// </summary>
internal static class RequestBudget
{
    public static T Run<T>(HttpContext context, Func<T> work)
    {
        var options = context.RequestServices.GetRequiredService<ServerOptions>();
        _ = options.TimeBudget; // SEAM: the engine's OperationBudget (time, steps, nodes) wraps the work here once it is on main.
        return work();
    }
}
