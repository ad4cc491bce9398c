using System.Globalization;
using System.Text;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// Twilio's list pages (FACTS 4.5): the items under a resource-specific key plus <c>uri</c>,
/// <c>first_page_uri</c>, <c>next_page_uri</c>, <c>previous_page_uri</c>, <c>page</c>,
/// <c>page_size</c>, <c>start</c> and <c>end</c>. <c>PageToken</c> is <c>PA</c>/<c>PB</c> + the SID
/// the page continues after/before, so pages stay stable while new resources arrive.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    private static readonly HashSet<string> PagingKeys = new(StringComparer.OrdinalIgnoreCase) { "Page", "PageSize", "PageToken" };

    /// <param name="request">The list request; its filters are carried into every page URI.</param>
    /// <param name="listKey">The items key, e.g. <c>messages</c>.</param>
    /// <param name="items">The filtered items in list order (Twilio lists newest first).</param>
    /// <param name="sidOf">The SID of an item, for page tokens.</param>
    /// <param name="toJson">The item's resource JSON.</param>
    public static IResult Page<T>(HttpRequest request, string listKey, IReadOnlyList<T> items, Func<T, string> sidOf, Func<T, object> toJson)
    {
        var query = request.Query;
        var pageSize = Math.Clamp(ParseInt(query["PageSize"], DefaultPageSize), 1, MaxPageSize);
        var page = Math.Max(0, ParseInt(query["Page"], 0));
        var token = query["PageToken"].ToString();

        var offset = page * pageSize;
        if (token.Length > 2 && FindIndex(items, sidOf, token[2..]) is var at and >= 0)
        {
            offset = token.StartsWith("PA", StringComparison.Ordinal) ? at + 1 : Math.Max(0, at - pageSize);
        }

        var slice = items.Skip(offset).Take(pageSize).ToList();
        var basePath = request.PathBase.Add(request.Path).ToString() + "?" + Filters(request);
        string Uri(int p, string? pageToken) =>
            $"{basePath}PageSize={pageSize}&Page={p}" + (pageToken is null ? "" : "&PageToken=" + pageToken);

        var start = page * pageSize;
        var body = new Dictionary<string, object?>
        {
            [listKey] = slice.Select(toJson).ToList(),
            ["uri"] = Uri(page, string.IsNullOrEmpty(token) ? null : token),
            ["first_page_uri"] = Uri(0, null),
            ["next_page_uri"] = offset + slice.Count < items.Count && slice.Count > 0 ? Uri(page + 1, "PA" + sidOf(slice[^1])) : null,
            ["previous_page_uri"] = page > 0 && slice.Count > 0 ? Uri(page - 1, "PB" + sidOf(slice[0])) : null,
            ["page"] = page,
            ["page_size"] = pageSize,
            ["start"] = start,
            ["end"] = slice.Count == 0 ? start : start + slice.Count - 1,
        };
        return TwilioJson.Ok(body);
    }

    private static string Filters(HttpRequest request)
    {
        var builder = new StringBuilder();
        foreach (var (name, values) in request.Query)
        {
            if (PagingKeys.Contains(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                builder.Append(System.Uri.EscapeDataString(name)).Append('=').Append(System.Uri.EscapeDataString(value ?? "")).Append('&');
            }
        }

        return builder.ToString();
    }

    private static int FindIndex<T>(IReadOnlyList<T> items, Func<T, string> sidOf, string sid)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(sidOf(items[i]), sid, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static int ParseInt(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
