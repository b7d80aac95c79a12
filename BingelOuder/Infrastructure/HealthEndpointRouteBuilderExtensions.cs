namespace BingelOuder.Infrastructure;

public static class HealthEndpointRouteBuilderExtensions
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path).DisableHttpMetrics();
        return endpoints;
    }
}
