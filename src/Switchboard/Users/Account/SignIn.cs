using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Switchboard.Security.RateLimits;

namespace Switchboard.Users.Account;

/// <summary>
/// <c>POST /account/sign-in</c>: JSON <c>{email, password}</c> for scripts and the coming UI,
/// or the HTML form of <c>GET /account/sign-in</c>. Sets the session cookie. An unknown email
/// and a wrong password get the same answer; a locked account gets 423 with Retry-After.
/// </summary>
public static class SignIn
{
    public const int MaxEmailLength = 254;

    public sealed record Request(string? Email, string? Password);

    /// <summary>The signed-in user, and the token to send as X-CSRF-Token on changing API calls.</summary>
    public sealed record Response(Guid Id, string Email, string Name, UserRole Role, Guid OrganizationId, string CsrfToken);

    public static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var signedInAs = UserSession.IsSession(http.User) ? http.User.Identity?.Name : null;
        return SignInPage.Render(new SignInPage.Model(Token(http, antiforgery), ReturnUrl: LocalOrNull(returnUrl), SignedInAs: signedInAs));
    }

    public static async Task<IResult> HandleAsync(HttpContext http, IServiceScopeFactory scopes, IAntiforgery antiforgery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.HasJsonContentType())
        {
            return await JsonAsync(http, scopes, antiforgery, ct);
        }

        return http.Request.HasFormContentType
            ? await SignInForm.HandleAsync(http, scopes, antiforgery, ct)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send JSON {\"email\", \"password\"} or the sign-in page's form.");
    }

    private static async Task<IResult> JsonAsync(HttpContext http, IServiceScopeFactory scopes, IAntiforgery antiforgery, CancellationToken ct)
    {
        Request? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<Request>(ct);
        }
        catch (JsonException)
        {
            request = null;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request?.Email) || request.Email.Length > MaxEmailLength)
        {
            errors["email"] = [$"email is required (at most {MaxEmailLength} characters)."];
        }

        if (string.IsNullOrEmpty(request?.Password) || request.Password.Length > UserOptions.MaxPasswordLength)
        {
            errors["password"] = [$"password is required (at most {UserOptions.MaxPasswordLength} characters)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The sign-in request is not valid.");
        }

        var outcome = await AttemptAsync(scopes, request!.Email!, request.Password!, ct);
        if (outcome is { Status: SignInStatus.SignedIn, User: { } user })
        {
            await StartSessionAsync(http, user);
            return TypedResults.Ok(new Response(user.Id, user.Email, user.Name, user.Role, user.OrganizationId, Token(http, antiforgery)));
        }

        return Refusal(http.Response, outcome);
    }

    public static async Task<SignInOutcome> AttemptAsync(IServiceScopeFactory scopes, string email, string password, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        // A scope of its own: this request's tenant may already be fixed by a session being replaced.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PasswordSignIn>().AttemptAsync(email, password, ct);
    }

    public static async Task StartSessionAsync(HttpContext http, User user)
    {
        ArgumentNullException.ThrowIfNull(http);
        var principal = UserSession.PrincipalFor(user);
        await http.SignInAsync(UserSession.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        // Antiforgery tokens issued from here on belong to the signed-in user.
        http.User = principal;
    }

    public static string Token(HttpContext http, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        return antiforgery.GetAndStoreTokens(http).RequestToken!;
    }

    /// <summary>Only a path on this site: never an absolute or protocol-relative address (open redirects).</summary>
    public static string? LocalOrNull(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : null;

    public static string Message(SignInOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            SignInStatus.LockedOut => $"Too many failed sign-ins: this account is locked until {outcome.User?.LockoutEnd:HH:mm} UTC. Try again then.",
            SignInStatus.Disabled => "This account is disabled. Ask an admin of your organisation to enable it.",
            SignInStatus.Throttled => $"Too many sign-in attempts. Wait {Math.Ceiling(outcome.RetryAfter.TotalSeconds)} seconds and try again.",
            _ => "The email or password is not correct.",
        };
    }

    public static int StatusOf(SignInOutcome outcome) => outcome?.Status switch
    {
        SignInStatus.LockedOut => StatusCodes.Status423Locked,
        SignInStatus.Disabled => StatusCodes.Status403Forbidden,
        SignInStatus.Throttled => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status401Unauthorized,
    };

    private static IResult Refusal(HttpResponse response, SignInOutcome outcome)
    {
        if (outcome.Status == SignInStatus.Throttled)
        {
            return ApiRateLimiter.TooManyRequests(response, outcome.RetryAfter);
        }

        if (outcome.Status == SignInStatus.LockedOut)
        {
            RetryAfter(response, outcome.RetryAfter);
        }

        var title = outcome.Status switch
        {
            SignInStatus.LockedOut => "Account locked",
            SignInStatus.Disabled => "Account disabled",
            _ => "Sign-in failed",
        };
        return TypedResults.Problem(statusCode: StatusOf(outcome), title: title, detail: Message(outcome));
    }

    public static void RetryAfter(HttpResponse response, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
