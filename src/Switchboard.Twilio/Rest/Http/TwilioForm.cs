using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Switchboard.Twilio.Rest;

/// <summary>
/// Ordered name/value pairs written the way the official Node client writes them: UTF-8
/// percent-encoding with spaces as <c>%20</c>, repeated keys for lists, <c>true</c>/<c>false</c>,
/// and UTC ISO-8601 date-times. Null values are left out, so optional fields stay off the wire.
/// </summary>
internal sealed class TwilioForm
{
    private readonly List<KeyValuePair<string, string>> pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => pairs;

    public TwilioForm Add(string name, string? value)
    {
        if (value is not null)
        {
            pairs.Add(KeyValuePair.Create(name, value));
        }

        return this;
    }

    public TwilioForm Add(string name, Uri? value) => Add(name, value?.OriginalString);

    public TwilioForm Add(string name, bool? value) => Add(name, value switch { null => null, true => "true", false => "false" });

    public TwilioForm Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public TwilioForm Add(string name, decimal? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public TwilioForm Add(string name, DateTimeOffset? value) =>
        Add(name, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public TwilioForm Add(string name, DateOnly? value) => Add(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public TwilioForm AddEach(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Add(name, value);
        }

        return this;
    }

    public TwilioForm AddEach(string name, IEnumerable<Uri>? values) => AddEach(name, values?.Select(v => v.OriginalString));

    /// <summary>The encoded pairs joined with <c>&amp;</c>, usable as a body or a query string.</summary>
    public string Encode()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            // EscapeDataString leaves only RFC 3986 unreserved characters as they are, so a space
            // becomes %20 (never +), '+' becomes %2B and '<'/'>' in filter names are escaped.
            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    /// <summary>The query part of a URL, with its leading <c>?</c>, or empty when there is nothing to send.</summary>
    public string ToQueryString() => pairs.Count == 0 ? string.Empty : "?" + Encode();

    public ByteArrayContent ToContent()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Encode()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        return content;
    }
}
