using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// API keys: 32 random bytes behind a short marker. They carry 256 bits of entropy, so a plain
/// SHA-256 is a safe way to store them (no salt or slow hash is needed, unlike passwords), and it
/// lets the feed find a key by its hash in one indexed lookup.
/// </summary>
public static class ApiKeySecret
{
    public const string Marker = "bo_";
    public const int PrefixLength = 10;
    public const int MaxLength = 200;

    public static string NewKey() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string PrefixOf(string key) => key[..Math.Min(PrefixLength, key.Length)];
}
