using MimeKit;
using Microsoft.Extensions.Options;

namespace BingelOuder.Infrastructure.Mail;

internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@'))
        {
            failures.Add("Configuration key 'Email:From' must be an e-mail address, "
                + "for example \"BingelOuder <noreply@school.be>\".");
        }

        if (string.IsNullOrWhiteSpace(options.Smtp.Host) && string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add("Configuration key 'Email:PickupDirectory' must be set when 'Email:Smtp:Host' is empty.");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add("Configuration key 'Email:Smtp:Port' must be a port number between 1 and 65535.");
        }

        if (string.IsNullOrEmpty(options.Smtp.UserName) != string.IsNullOrEmpty(options.Smtp.Password))
        {
            failures.Add("Configuration keys 'Email:Smtp:UserName' and 'Email:Smtp:Password' must be set together.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
