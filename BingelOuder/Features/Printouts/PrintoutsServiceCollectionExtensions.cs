namespace BingelOuder.Features.Printouts;

public static class PrintoutsServiceCollectionExtensions
{
    public static IServiceCollection AddPrintouts(this IServiceCollection services)
    {
        services.AddScoped<PrintableClasses>();
        services.AddScoped<LoadPupilPrintRows>();
        services.AddScoped<DownloadPrintout>();
        services.AddSingleton<ParentAddresses>();
        services.AddSingleton<BuildLetters>();
        services.AddSingleton<BuildLabels>();
        services.AddSingleton<BuildPupilList>();
        return services;
    }
}
