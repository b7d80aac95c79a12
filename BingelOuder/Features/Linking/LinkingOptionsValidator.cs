using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Linking;

internal sealed class LinkingOptionsValidator : IValidateOptions<LinkingOptions>
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, LinkingOptions options)
    {
        var errors = new List<string>();
        CheckCount(errors, nameof(options.AccountAttempts), options.AccountAttempts);
        CheckCount(errors, nameof(options.AddressAttempts), options.AddressAttempts);
        CheckCount(errors, nameof(options.PupilAttempts), options.PupilAttempts);
        CheckWindow(errors, nameof(options.AccountWindow), options.AccountWindow);
        CheckWindow(errors, nameof(options.AddressWindow), options.AddressWindow);
        CheckWindow(errors, nameof(options.PupilWindow), options.PupilWindow);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckCount(List<string> errors, string key, int value)
    {
        if (value is < 1 or > 1000)
        {
            errors.Add($"Configuration key '{LinkingOptions.Section}:{key}' must be a number from 1 to 1000.");
        }
    }

    private static void CheckWindow(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > LongestWindow)
        {
            errors.Add($"Configuration key '{LinkingOptions.Section}:{key}' must be a duration such as "
                + "00:15:00, longer than zero and at most one day.");
        }
    }
}
