namespace BingelOuder.Features.Overview;

public static class OverviewServiceCollectionExtensions
{
    public const string OverviewPath = "/ouder/overzicht";

    public static IServiceCollection AddParentOverview(this IServiceCollection services)
    {
        services.AddScoped<ListLinkedChildren>();
        services.AddScoped<GetChildOverview>();
        services.AddScoped<RecordDeniedChildAccess>();
        return services;
    }
}
