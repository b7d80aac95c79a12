using Microsoft.Extensions.Options;

namespace BingelOuder.Infrastructure.Options;

internal sealed class AppOptionsValidator : IValidateOptions<AppOptions>
{
    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        var isAbsoluteHttp = Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        return isAbsoluteHttp
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                "Configuration key 'App:PublicBaseUrl' must be an absolute http(s) address, "
                + "for example https://ouders.school.be.");
    }
}
