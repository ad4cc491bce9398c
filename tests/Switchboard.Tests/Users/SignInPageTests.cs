using System.Net;
using System.Text.RegularExpressions;
using Switchboard.Security.Headers;
using Switchboard.Users;

namespace Switchboard.Tests.Users;

public sealed partial class SignInPageTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public async Task ServesAnAccessibleFormUnderTheContentSecurityPolicy()
    {
        using var browser = app.Session();
        var response = await browser.Http.GetAsync("/account/sign-in");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">", html, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"current-password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFormPostSignsInAndRedirectsToALocalPageOnly()
    {
        var email = UserFixtures.NewEmail();
        await app.UserAsync(email);
        using var browser = app.Session();

        var response = await PostFormAsync(browser, new() { ["email"] = email, ["password"] = UserFixtures.Password, ["returnUrl"] = "//evil.example/steal" });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
        var page = await browser.Http.GetStringAsync("/account/sign-in");
        Assert.Contains($"signed in as {email}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormShowsTheReasonAndEncodesWhatItEchoes()
    {
        using var browser = app.Session();
        const string hostile = "\"><script>alert(1)</script>@example.com";

        var response = await PostFormAsync(browser, new() { ["email"] = hostile, ["password"] = "wrong password", ["returnUrl"] = "/x\"><script>alert(2)</script>" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("The email or password is not correct.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormPostWithoutThePagesTokenIsRefused()
    {
        var email = UserFixtures.NewEmail();
        await app.UserAsync(email);
        using var browser = app.Session();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = UserFixtures.Password });

        var response = await browser.Http.PostAsync("/account/sign-in", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>As a browser does it: loads the page (token and cookie), then posts the form.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(SessionClient browser, Dictionary<string, string> fields)
    {
        var page = await browser.Http.GetStringAsync("/account/sign-in");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
        using var form = new FormUrlEncodedContent(fields);
        return await browser.Http.PostAsync("/account/sign-in", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
