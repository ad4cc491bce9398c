namespace Switchboard.Twilio.Rest;

/// <summary>One page of a Twilio list, with the paging keys Twilio sent beside the items.</summary>
public sealed record Page<T>
{
    public required IReadOnlyList<T> Items { get; init; }

    public string? Uri { get; init; }

    public string? FirstPageUri { get; init; }

    /// <summary>Path and query of the next page, relative to the API base URL; null on the last page.</summary>
    public string? NextPageUri { get; init; }

    public string? PreviousPageUri { get; init; }

    /// <summary>Zero-based page number (Twilio's <c>page</c>).</summary>
    public int? PageNumber { get; init; }

    public int? PageSize { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }

    public bool HasNextPage => !string.IsNullOrEmpty(NextPageUri);
}
