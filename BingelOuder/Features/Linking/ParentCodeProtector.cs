using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace BingelOuder.Features.Linking;

/// <summary>
/// Encrypts parent codes for storage, so staff can still be shown them, and checks a typed code
/// against a stored one in constant time.
/// </summary>
public sealed class ParentCodeProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("BingelOuder.ParentCode.v1");

    public string Protect(string normalizedCode) => _protector.Protect(normalizedCode);

    public string Reveal(string protectedCode) => _protector.Unprotect(protectedCode);

    public string RevealForDisplay(string protectedCode) => ParentCodeFormat.Display(Reveal(protectedCode));

    public bool Matches(string protectedCode, string normalizedCandidate)
    {
        var stored = Encoding.ASCII.GetBytes(Reveal(protectedCode));
        var candidate = Encoding.ASCII.GetBytes(normalizedCandidate);
        return CryptographicOperations.FixedTimeEquals(stored, candidate);
    }
}
