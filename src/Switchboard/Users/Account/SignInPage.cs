using System.Text;
using System.Text.Encodings.Web;

namespace Switchboard.Users.Account;

/// <summary>
/// The plain HTML sign-in page (no script, no framework): a labelled form that posts back to
/// <c>/account/sign-in</c>, an error announced to screen readers, and every value we echo
/// (the email typed, the return address, a name) HTML-encoded.
/// </summary>
public static class SignInPage
{
    public sealed record Model(string CsrfToken, string? Email = null, string? Error = null, string? ReturnUrl = null, string? SignedInAs = null);

    public static IResult Render(Model model, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = HtmlEncoder.Default;
        var body = new StringBuilder();
        body.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Sign in · Switchboard</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}")
            .Append("label,input,button{display:block;width:100%;font-size:1rem;margin:.25rem 0}input,button{padding:.5rem}")
            .Append("[role=alert]{color:#a00000;border:1px solid;padding:.5rem}</style>\n</head>\n<body>\n<main>\n");
        if (model.SignedInAs is { } who)
        {
            body.Append("<h1>Signed in</h1>\n<p>You are signed in as ").Append(html.Encode(who)).Append(".</p>\n")
                .Append("<form method=\"post\" action=\"/account/sign-out\">\n");
            Token(body, html, model.CsrfToken);
            body.Append("<button type=\"submit\">Sign out</button>\n</form>\n");
        }
        else
        {
            body.Append("<h1>Sign in to Switchboard</h1>\n");
            if (model.Error is { } error)
            {
                body.Append("<p role=\"alert\" id=\"error\">").Append(html.Encode(error)).Append("</p>\n");
            }

            var described = model.Error is null ? "" : " aria-describedby=\"error\"";
            body.Append("<form method=\"post\" action=\"/account/sign-in\">\n")
                .Append("<label for=\"email\">Email</label>\n")
                .Append("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required")
                .Append(described).Append(" value=\"").Append(html.Encode(model.Email ?? "")).Append("\">\n")
                .Append("<label for=\"password\">Password</label>\n")
                .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required").Append(described).Append(">\n");
            if (model.ReturnUrl is { } returnUrl)
            {
                body.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(html.Encode(returnUrl)).Append("\">\n");
            }

            Token(body, html, model.CsrfToken);
            body.Append("<button type=\"submit\">Sign in</button>\n</form>\n");
        }

        body.Append("</main>\n</body>\n</html>\n");
        return Results.Content(body.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static void Token(StringBuilder body, HtmlEncoder html, string token) =>
        body.Append("<input type=\"hidden\" name=\"").Append(FormTokenField).Append("\" value=\"").Append(html.Encode(token)).Append("\">\n");

    /// <summary>The antiforgery form field (the framework's default name).</summary>
    public const string FormTokenField = "__RequestVerificationToken";
}
