using Microsoft.AspNetCore.Mvc;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>What is wrong with one item, answered as problem details with the item's place in the batch.</summary>
public sealed record FeedItemProblem(int Index, string? ResultId, FeedProblemType Type, string Detail, string? Field = null)
{
    public ProblemDetails ToProblemDetails()
    {
        var problem = new ProblemDetails { Type = Type.Uri, Title = Type.Title, Status = Type.Status, Detail = Detail };
        problem.Extensions["index"] = Index;
        problem.Extensions["resultId"] = ResultId;
        if (Field is not null)
        {
            problem.Extensions["field"] = Field;
        }

        return problem;
    }
}
