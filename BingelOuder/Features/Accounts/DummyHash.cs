using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Accounts;

/// <summary>A hash with the configured cost, used to make a failed look-up as slow as a real check.</summary>
internal static class DummyHash
{
    private static readonly Lazy<string> Hash = new(() =>
        new PasswordHasher<AppUser>(Options.Create(
                new PasswordHasherOptions { IterationCount = 210_000 }))
            .HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public static string Value => Hash.Value;
}
