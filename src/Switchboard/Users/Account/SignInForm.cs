using Microsoft.AspNetCore.Antiforgery;

namespace Switchboard.Users.Account;

/// <summary>
/// The form post of the sign-in page: checked against the page's antiforgery token (so another
/// site cannot sign a browser in to an account of its choosing), then answered with a redirect
/// on success or the page again with the reason.
/// </summary>
public static class SignInForm
{
    public static async Task<IResult> HandleAsync(HttpContext http, IServiceScopeFactory scopes, IAntiforgery antiforgery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Again(http, antiforgery, null, null, "The form expired. Please try again.", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = SignIn.LocalOrNull(form["returnUrl"].ToString());
        if (email.Length is 0 or > SignIn.MaxEmailLength || password.Length is 0 or > UserOptions.MaxPasswordLength)
        {
            return Again(http, antiforgery, email, returnUrl, "Enter your email and password.", StatusCodes.Status400BadRequest);
        }

        var outcome = await SignIn.AttemptAsync(scopes, email, password, ct);
        if (outcome is { Status: SignInStatus.SignedIn, User: { } user })
        {
            await SignIn.StartSessionAsync(http, user);
            return SeeOther(http, returnUrl ?? "/account/sign-in");
        }

        if (outcome.Status is SignInStatus.LockedOut or SignInStatus.Throttled)
        {
            SignIn.RetryAfter(http.Response, outcome.RetryAfter);
        }

        return Again(http, antiforgery, email, returnUrl, SignIn.Message(outcome), SignIn.StatusOf(outcome));
    }

    /// <summary>303: the browser follows with a GET, so a reload never posts the password again.</summary>
    public static IResult SeeOther(HttpContext http, string location)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.Location = location;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult Again(HttpContext http, IAntiforgery antiforgery, string? email, string? returnUrl, string error, int status) =>
        SignInPage.Render(new SignInPage.Model(SignIn.Token(http, antiforgery), email, error, returnUrl), status);
}
