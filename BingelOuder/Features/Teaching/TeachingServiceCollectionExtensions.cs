namespace BingelOuder.Features.Teaching;

public static class TeachingServiceCollectionExtensions
{
    public static IServiceCollection AddTeaching(this IServiceCollection services)
    {
        services.AddScoped<ListMyClasses>();
        return services;
    }
}
