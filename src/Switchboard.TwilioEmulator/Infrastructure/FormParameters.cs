using Microsoft.Extensions.Primitives;

namespace Switchboard.TwilioEmulator.Infrastructure;

/// <summary>
/// Reads a REST request's form body. Twilio takes only <c>application/x-www-form-urlencoded</c>;
/// the form reader accepts both <c>+</c> and <c>%20</c> for spaces, as Twilio does.
/// </summary>
public sealed class FormParameters(IFormCollection form)
{
    public static readonly FormParameters Empty = new(FormCollection.Empty);

    public static async Task<FormParameters?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return request.ContentLength is null or 0 && string.IsNullOrEmpty(request.ContentType) ? Empty : null;
        }

        return new FormParameters(await request.ReadFormAsync(ct));
    }

    /// <summary>The value, or null when the parameter is absent (an empty value stays empty).</summary>
    public string? this[string name] => form.TryGetValue(name, out var v) ? v.ToString() : null;

    public bool Has(string name) => form.ContainsKey(name);

    public IReadOnlyList<string> All(string name) =>
        form.TryGetValue(name, out var v) ? v.Where(s => s is not null).Select(s => s!).ToList() : [];

    public StringValues Raw(string name) => form[name];
}
