using Microsoft.AspNetCore.Http.HttpResults;

namespace Switchboard.Delivery;

/// <summary>
/// A refusal that names the request field at fault, as RFC 9457 validation problem details
/// (<c>errors: {field: [detail]}</c>) plus a stable machine <c>code</c>.
/// </summary>
public sealed record FieldProblem(string Field, string Code, string Detail, int Status = StatusCodes.Status400BadRequest)
{
    public ProblemHttpResult ToResult()
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [Field] = [Detail] })
        {
            Status = Status,
            Title = Status == StatusCodes.Status400BadRequest ? "The request is not valid." : "The message cannot be sent.",
            Detail = Detail,
        };
        problem.Extensions["code"] = Code;
        problem.Extensions["field"] = Field;
        return TypedResults.Problem(problem);
    }
}
