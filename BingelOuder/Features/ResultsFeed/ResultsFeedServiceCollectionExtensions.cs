namespace BingelOuder.Features.ResultsFeed;

public static class ResultsFeedServiceCollectionExtensions
{
    public static IServiceCollection AddResultsFeed(this IServiceCollection services)
    {
        services.AddSingleton<ReadFeedBatch>();
        services.AddScoped<AuthenticateApiKey>();
        services.AddScoped<IngestResults>();
        services.AddScoped<CreateApiKey>();
        services.AddScoped<ListApiKeys>();
        services.AddScoped<RevokeApiKey>();
        return services;
    }
}
