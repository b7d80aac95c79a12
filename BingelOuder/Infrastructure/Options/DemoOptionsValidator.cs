using Microsoft.Extensions.Options;

namespace BingelOuder.Infrastructure.Options;

internal sealed class DemoOptionsValidator : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        if (options.Seed && (options.Password is null || options.Password.Length < 12))
        {
            return ValidateOptionsResult.Fail(
                "Configuration key 'Demo:Password' must hold at least 12 characters when 'Demo:Seed' is true.");
        }

        return ValidateOptionsResult.Success;
    }
}
