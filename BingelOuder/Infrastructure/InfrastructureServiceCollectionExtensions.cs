using BingelOuder.Infrastructure.Audit;
using BingelOuder.Infrastructure.Mail;
using BingelOuder.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace BingelOuder.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidator>();
        services.AddSingleton<AuditTrail>();
        services.AddMail(configuration);
        return services;
    }
}
