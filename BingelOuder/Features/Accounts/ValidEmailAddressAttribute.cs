using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace BingelOuder.Features.Accounts;

/// <summary>
/// An address a mail server can deliver to: one @, a domain with a dot, no spaces or display name.
/// Stricter than <see cref="EmailAddressAttribute"/>, which accepts "a@b".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ValidEmailAddressAttribute : ValidationAttribute
{
    public const int MaximumLength = 254;

    public ValidEmailAddressAttribute() =>
        ErrorMessage = "Dit is geen geldig e-mailadres. Een voorbeeld: naam@voorbeeld.be";

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || IsValidAddress(text.Trim());

    public static bool IsValidAddress(string address)
    {
        if (address.Length > MaximumLength || address.Any(char.IsWhiteSpace) || address.Count(c => c == '@') != 1)
        {
            return false;
        }

        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            return false;
        }

        var domain = parsed.Host;
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
    }
}
