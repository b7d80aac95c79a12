using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Linking;

public static class LinkingServiceCollectionExtensions
{
    public static IServiceCollection AddParentLinking(this IServiceCollection services)
    {
        services.AddSingleton<ParentCodeProtector>();
        services.AddScoped<RenewParentCode>();

        services.AddOptions<LinkingOptions>().BindConfiguration(LinkingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LinkingOptions>, LinkingOptionsValidator>();
        services.AddSingleton<LinkAttemptLimits>();
        services.AddScoped<LinkChild>();
        services.AddScoped<UnlinkChild>();
        services.AddScoped<UnlinkBySchool>();
        services.AddScoped<ListLinkedChildren>();
        services.AddScoped<NotifyLinkedPeople>();
        services.AddScoped<MailSchoolAdmins>();
        services.AddScoped<ReportParentLink>();
        services.AddScoped<SwitchParentModule>();
        services.AddScoped<GetLinkingAlerts>();

        services.AddScoped<ClientAddress>();
        services.AddTransient<IStartupFilter, ClientAddressStartupFilter>();
        RegisterPersistentComponentStateServiceCollectionExtensions.AddPersistentServiceRegistration<ClientAddress>(
            services, RenderMode.InteractiveServer);
        return services;
    }
}
