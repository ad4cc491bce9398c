using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Switchboard.Api;

/// <summary>
/// One page of a list, the shape every list endpoint answers with: <c>{items, page, pageSize,
/// total, hasMore}</c>. Pages are numbered from 1; <c>pageSize</c> defaults to 50, at most 200.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool HasMore);

/// <summary>A validated <c>?page=&amp;pageSize=</c>.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static PageRequest Parse(string? page, string? pageSize, QueryErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var number = 1;
        var size = DefaultPageSize;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            errors.Add("page", "page must be a whole number from 1.");
        }

        if (pageSize is not null
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            errors.Add("pageSize", $"pageSize must be a whole number from 1 to {MaxPageSize}.");
        }

        return new PageRequest(Math.Max(number, 1), Math.Clamp(size, 1, MaxPageSize));
    }

    /// <summary>Runs an ordered query for this page (the count, then one row more than a page to know about the next).</summary>
    public async Task<Paged<TOut>> ToPageAsync<TIn, TOut>(IQueryable<TIn> ordered, Func<TIn, TOut> map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(map);
        var total = await ordered.CountAsync(ct);
        var rows = await ordered.Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new Paged<TOut>(rows.Select(map).ToList(), Page, PageSize, total, (long)Page * PageSize < total);
    }
}
