namespace Switchboard.Twilio.Rest;

/// <summary>Small checks shared by every resource group.</summary>
internal static class Paging
{
    public static int? CheckPageSize(int? pageSize) => pageSize is null or (>= 1 and <= 1000)
        ? pageSize
        : throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "Twilio pages hold 1 to 1000 items.");

    /// <summary>A SID or code placed in a path, escaped so a stray '/' or '?' cannot change the request.</summary>
    public static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }
}
