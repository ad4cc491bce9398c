using Switchboard.Tenancy;

namespace Switchboard.Tests.Data;

public sealed class ApiKeyHasherTests
{
    [Fact]
    public void GeneratedKeyVerifiesAgainstItsHash()
    {
        var generated = ApiKeyHasher.Generate();

        Assert.StartsWith("sb_", generated.Key, StringComparison.Ordinal);
        Assert.Equal(46, generated.Key.Length); // "sb_" + 32 random bytes in unpadded base64url
        Assert.Equal(generated.Key[..ApiKeyHasher.PrefixLength], generated.Prefix);
        Assert.Matches("^[0-9a-f]{64}$", generated.Hash);
        Assert.True(ApiKeyHasher.Verify(generated.Key, generated.Hash));
    }

    [Fact]
    public void AnyOtherKeyDoesNotVerify()
    {
        var generated = ApiKeyHasher.Generate();
        var other = ApiKeyHasher.Generate();
        var lastCharacterChanged = generated.Key[..^1] + (generated.Key[^1] == 'A' ? 'B' : 'A');

        Assert.False(ApiKeyHasher.Verify(other.Key, generated.Hash));
        Assert.False(ApiKeyHasher.Verify(lastCharacterChanged, generated.Hash));
        Assert.False(ApiKeyHasher.Verify(generated.Key, "not-a-hash"));
        Assert.False(ApiKeyHasher.Verify(generated.Key, ""));
    }

    [Fact]
    public void HashIsLowercaseSha256HexOfTheWholeKey() =>
        // The FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyHasher.Hash("abc"));

    [Theory]
    [InlineData("sb_abcdefghijkl", "sb_abcdefghi")]
    [InlineData("Bearer sb_abc", null)]
    [InlineData("my-automation-key-123", "my-automatio")]
    [InlineData("sb_short", null)]
    [InlineData("", null)]
    public void PrefixIsTakenOnlyFromValuesThatCanBeKeys(string presented, string? prefix) =>
        Assert.Equal(prefix, ApiKeyHasher.PrefixOf(presented));

    [Fact]
    public void GeneratedKeysAreUniqueAndTheirTextKeepsTheSecretOut()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeyHasher.Generate()).ToList();

        Assert.Equal(100, keys.Select(k => k.Key).Distinct().Count());
        Assert.DoesNotContain(keys[0].Key, keys[0].ToString(), StringComparison.Ordinal);
    }
}
