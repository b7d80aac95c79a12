using BingelOuder.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoSeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        services.AddScoped<DemoSchoolBuilder>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
