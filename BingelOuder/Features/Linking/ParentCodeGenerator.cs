using System.Security.Cryptography;

namespace BingelOuder.Features.Linking;

public static class ParentCodeGenerator
{
    /// <summary>A new normalized code from the operating system's cryptographic random source.</summary>
    public static string NewCode() =>
        RandomNumberGenerator.GetString(ParentCodeFormat.Alphabet, ParentCodeFormat.Length);
}
