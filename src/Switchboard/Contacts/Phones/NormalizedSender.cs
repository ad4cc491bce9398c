using System.Diagnostics.CodeAnalysis;

namespace Switchboard.Contacts.Phones;

/// <summary>
/// What a sender or recipient address turned out to be. <see cref="Value"/> is the form to
/// store and compare: <c>+14155550123</c>, <c>whatsapp:+14155550123</c>, <c>72345</c>, <c>ACME</c>.
/// </summary>
public sealed record NormalizedSender
{
    private NormalizedSender(SenderKind kind, string? value, string? channel, string? country, string? error)
    {
        Kind = kind;
        Value = value;
        Channel = channel;
        Country = country;
        Error = error;
    }

    public SenderKind Kind { get; }

    public string? Value { get; }

    /// <summary>The channel prefix without its colon (<c>whatsapp</c>), or null for plain SMS.</summary>
    public string? Channel { get; }

    /// <summary>ISO 3166 alpha-2 code of a phone number's country, when its calling code is in our table.</summary>
    public string? Country { get; }

    /// <summary>Why the input was refused, worded for the person who typed it.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Value is not null && Error is null;

    public static NormalizedSender PhoneNumber(string e164, string? country, string? channel = null) =>
        new(SenderKind.PhoneNumber, channel is null ? e164 : $"{channel}:{e164}", channel, country, null);

    public static NormalizedSender ShortCode(string digits) =>
        new(SenderKind.ShortCode, digits, null, null, null);

    public static NormalizedSender AlphanumericSenderId(string id) =>
        new(SenderKind.AlphanumericSenderId, id, null, null, null);

    public static NormalizedSender Failure(string reason) =>
        new(SenderKind.Invalid, null, null, null, reason);

    public override string ToString() => Value ?? $"invalid: {Error}";
}
