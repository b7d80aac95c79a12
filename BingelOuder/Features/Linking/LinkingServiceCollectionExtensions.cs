namespace BingelOuder.Features.Linking;

public static class LinkingServiceCollectionExtensions
{
    public static IServiceCollection AddParentLinking(this IServiceCollection services)
    {
        services.AddSingleton<ParentCodeProtector>();
        services.AddScoped<RenewParentCode>();
        return services;
    }
}
