namespace BingelOuder.Features.SchoolAdmin;

public static class SchoolAdminServiceCollectionExtensions
{
    public static IServiceCollection AddSchoolAdmin(this IServiceCollection services)
    {
        services.AddScoped<GetSchoolSummary>();
        return services;
    }
}
