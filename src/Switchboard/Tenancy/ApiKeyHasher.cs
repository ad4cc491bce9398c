using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Tenancy;

/// <summary>
/// Creates and checks API keys: "sb_" followed by 256 random bits in base64url.
/// </summary>
/// <remarks>
/// A fast hash (SHA-256) is right here, unlike for passwords: slow hashes exist to make guessing
/// low-entropy secrets expensive, but a 256-bit random key cannot be guessed at any speed, and a
/// fast hash keeps per-request authentication cheap.
/// </remarks>
public static class ApiKeyHasher
{
    public const string KeyPrefix = "sb_";

    /// <summary>Characters of the key kept in clear as its lookup handle ("sb_" plus 9 random characters).</summary>
    public const int PrefixLength = 12;

    private const int RandomBytes = 32;

    public static GeneratedApiKey Generate()
    {
        var key = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
        return new GeneratedApiKey(key, PrefixOf(key)!, Hash(key));
    }

    /// <summary>
    /// The lookup prefix of a presented key, or null when it cannot be a key. Generated keys start
    /// with "sb_"; a bootstrap key (SWITCHBOARD_BOOTSTRAP_API_KEY) may be any value an operator
    /// chose, so the prefix is simply its first characters.
    /// </summary>
    public static string? PrefixOf(string presentedKey)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        return presentedKey.Length > PrefixLength && !presentedKey.Any(char.IsWhiteSpace)
            ? presentedKey[..PrefixLength]
            : null;
    }

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Compares in constant time so response timing reveals nothing about the stored hash.</summary>
    public static bool Verify(string presentedKey, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        ArgumentNullException.ThrowIfNull(storedHash);
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        if (storedHash.Length != SHA256.HashSizeInBytes * 2
            || Convert.FromHexString(storedHash, stored, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != SHA256.HashSizeInBytes)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(presented, stored);
    }
}

/// <summary>A new key: show <see cref="Key"/> to the user once, store <see cref="Prefix"/> and <see cref="Hash"/>.</summary>
public sealed record GeneratedApiKey(string Key, string Prefix, string Hash)
{
    // Keep the secret out of logs and debugger displays that print records.
    public override string ToString() => $"GeneratedApiKey {{ Prefix = {Prefix} }}";
}
