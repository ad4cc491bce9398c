namespace Switchboard.Tests.Inbound;

public enum Signing
{
    Valid,
    MissingHeader,
    OtherOrganisationsToken,
    Json,
}

/// <param name="Stored">Whether a message ends up stored.</param>
/// <param name="OptedOut">The contact's consent afterwards, when the case is about consent.</param>
/// <param name="HelpReply">Whether the help text is handed to the outbound path.</param>
public sealed record Expectation(bool Stored, bool? OptedOut = null, int Media = 0, bool HelpReply = false);

/// <param name="Before">A body the same customer sends first (e.g. STOP before START).</param>
public sealed record WebhookCase(
    string Name, Action<Dictionary<string, string>> Shape, Signing Signing, int Status, Expectation Expect,
    string? Before = null, bool Repeated = false);

/// <summary>Signed inbound webhooks and what each must answer and store (courier-style case table).</summary>
public static class InboundWebhookCases
{
    private static readonly Action<Dictionary<string, string>> AsIs = _ => { };

    public static IReadOnlyList<WebhookCase> All { get; } =
    [
        new("valid", AsIs, Signing.Valid, 200, new(Stored: true)),
        new("bad signature", form => form["Body"] = "changed after signing", Signing.OtherOrganisationsToken, 403, new(Stored: false)),
        new("missing signature header", AsIs, Signing.MissingHeader, 400, new(Stored: false)),
        new("other organisation's token", AsIs, Signing.OtherOrganisationsToken, 403, new(Stored: false)),
        new("retried duplicate", AsIs, Signing.Valid, 200, new(Stored: true), Repeated: true),
        new("unknown To number", form => form["To"] = "+15005550999", Signing.Valid, 200, new(Stored: false)),
        new("media", Media, Signing.Valid, 200, new(Stored: true, Media: 2)),
        new("OptOutType without keyword", form => { form["Body"] = "please no more texts"; form["OptOutType"] = "STOP"; },
            Signing.Valid, 200, new(Stored: true, OptedOut: true)),
        new("Unicode body", form => form["Body"] = "Ça va? 👋🏽 日本語 — naïve café \u0301e", Signing.Valid, 200, new(Stored: true)),
        new("1,600-character body", form => form["Body"] = new string('x', 1590) + "é🙂ok12", Signing.Valid, 200, new(Stored: true)),
        new("JSON body with bodySHA256", AsIs, Signing.Json, 200, new(Stored: true)),
        new("unknown parameters are kept, not rejected", form => { form["ProfileName"] = "Ann"; form["SomethingNew"] = "1"; },
            Signing.Valid, 200, new(Stored: true)),
        .. Keywords(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "ARRET", "ARRÊT", "arrêt", "DESABONNER", "Désabonner", " stop "],
            body => new(Stored: true, OptedOut: true)),
        .. Keywords(["START", "YES", "UNSTOP", "start"], body => new(Stored: true, OptedOut: false), before: "STOP"),
        .. Keywords(["HELP", "INFO", "AIDE", "aide"], body => new(Stored: true, OptedOut: false, HelpReply: true)),
        new("STOP inside a sentence is not a keyword", form => form["Body"] = "STOP PLEASE", Signing.Valid, 200, new(Stored: true, OptedOut: false)),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    private static void Media(Dictionary<string, string> form)
    {
        form["NumMedia"] = "2";
        form["MediaUrl0"] = "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0";
        form["MediaContentType0"] = "image/jpeg";
        form["MediaUrl1"] = "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME1";
        form["MediaContentType1"] = "video/mp4";
    }

    private static IEnumerable<WebhookCase> Keywords(string[] words, Func<string, Expectation> expect, string? before = null) =>
        words.Select(word => new WebhookCase($"keyword '{word}'", form => form["Body"] = word, Signing.Valid, 200, expect(word), before));
}
