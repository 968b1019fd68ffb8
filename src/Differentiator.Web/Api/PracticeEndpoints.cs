using System.Text.Json.Nodes;
using Differentiator.Grading;
using Differentiator.Reports;
using Differentiator.Syntax;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Differentiator.Web.Api;

/// <summary>
/// The practice mode over the set <c>dx serve --exercises</c> serves: <c>GET /api/exercises</c> lists it,
/// <c>POST /api/grade</c> <c>{"exercise": "p3-dx", "answer": "3y + 2"}</c> grades one answer. Both
/// documents are the grading layer's (<see cref="GradingJson"/>); without a set, or for an id the set
/// does not have, the answer is 404.
/// </summary>
internal static class PracticeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/exercises", (HttpContext context) =>
            ApiResponse.Document(RequestBudget.Run(context, () => GradingJson.Exercises(Set(context)))));
        ApiEndpoints.Post(app, "/api/grade", ["exercise", "answer"], Grade);
    }

    private static JsonObject Grade(ApiRequest request)
    {
        var id = request.String("exercise") ?? throw ApiRequestException.BadRequest("The request needs an \"exercise\" id, such as {\"exercise\": \"p3-dx\", \"answer\": \"3y + 2\"}.");
        var answer = request.String("answer") ?? throw ApiRequestException.BadRequest("The request needs an \"answer\", such as {\"exercise\": \"p3-dx\", \"answer\": \"3y + 2\"}.");
        var set = Set(request.Context);
        var index = set.IndexOf(id);
        if (index < 0) throw NotFound($"The exercise set has no exercise '{MessageText.Excerpt(id)}'; GET /api/exercises lists them.");
        var exercise = set.Exercises[index];
        return GradingJson.Verdict(exercise, answer, AnswerGrader.Grade(exercise, answer));
    }

    private static PreparedSet Set(HttpContext context) =>
        context.RequestServices.GetRequiredService<ServerOptions>().Exercises
        ?? throw NotFound("This server has no exercise set: start it with dx serve --exercises set.yaml for the practice mode.");

    private static ApiRequestException NotFound(string message) => new(new ErrorReport(ErrorCodes.NotFound, message), StatusCodes.Status404NotFound);
}
