namespace BingelOuder.Features.Teaching;

public static class TeachingServiceCollectionExtensions
{
    public static IServiceCollection AddTeaching(this IServiceCollection services)
    {
        services.AddScoped<ListMyClasses>();
        services.AddScoped<ListMyPupils>();
        services.AddScoped<GetMyPupil>();
        services.AddScoped<RenewMyPupilsCode>();
        return services;
    }
}
