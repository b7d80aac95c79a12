using System.Security.Cryptography;
using System.Text;
using BingelOuder.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace BingelOuder.Features.Accounts.Links;

/// <summary>
/// Tokens for the activation and reset links in e-mails: encrypted, URL-safe, valid for 24 hours
/// on the app's <see cref="TimeProvider"/>, and bound to the security stamp, so a link stops
/// working once the account changes (activation and reset both renew the stamp).
/// </summary>
public sealed class AccountLinkTokenProvider(IDataProtectionProvider dataProtection, TimeProvider clock)
    : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "AccountLink";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("BingelOuder.Accounts.Links.v1");

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (!TryRead(token, out var link))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        return link.CreatedAt <= now.AddMinutes(5)
            && now <= link.CreatedAt + Lifetime
            && link.UserId == await manager.GetUserIdAsync(user)
            && link.Purpose == purpose
            && link.Stamp == (await manager.GetSecurityStampAsync(user) ?? "");
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult(false);

    private bool TryRead(string token, out LinkContent link)
    {
        link = default;
        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            link = new LinkContent(
                new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero),
                reader.ReadString(),
                reader.ReadString(),
                reader.ReadString());
            return reader.PeekChar() == -1;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or EndOfStreamException
                                       or ArgumentException or IOException)
        {
            return false;
        }
    }

    private readonly record struct LinkContent(DateTimeOffset CreatedAt, string UserId, string Purpose, string Stamp);
}
