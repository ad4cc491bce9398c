using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Switchboard.Audit;
using Switchboard.Security.RateLimits;
using Switchboard.Tenancy;
using Switchboard.Users.Account;

namespace Switchboard.Users;

public static class UsersFeature
{
    /// <summary>Identity (users, passwords, lockout) on our DbContext, the session cookie and the CSRF token.</summary>
    public static WebApplicationBuilder AddUsers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<UserOptions>().BindConfiguration(UserOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UserOptions>, UserOptionsValidator>();
        services.AddOptions<BootstrapAdminOptions>().Configure<IConfiguration>((bootstrap, configuration) =>
        {
            bootstrap.Email = configuration[BootstrapAdminOptions.EmailSetting];
            bootstrap.Password = configuration[BootstrapAdminOptions.PasswordSetting];
        }).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BootstrapAdminOptions>, BootstrapAdminOptionsValidator>();

        services.AddIdentityCore<User>().AddUserStore<UserStore>().AddSignInManager();
        services.AddOptions<IdentityOptions>().Configure<IOptions<UserOptions>>((identity, users) => ConfigureIdentity(identity, users.Value));
        services.AddAuthentication().AddCookie(UserSession.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(UserSession.Scheme)
            .Configure<IOptions<UserOptions>>((cookie, users) => UserSession.Configure(cookie, users.Value));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = SessionCsrfGuard.HeaderName;
            antiforgery.FormFieldName = SignInPage.FormTokenField;
            antiforgery.Cookie.Name = "switchboard.csrf";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeaders sends X-Frame-Options: DENY on every answer already.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<AdminAccounts>();
        return builder;
    }

    private static void ConfigureIdentity(IdentityOptions identity, UserOptions users)
    {
        identity.Password.RequiredLength = users.MinimumPasswordLength;
        identity.Password.RequireDigit = false;
        identity.Password.RequireLowercase = false;
        identity.Password.RequireUppercase = false;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Password.RequiredUniqueChars = 1;
        identity.Lockout.MaxFailedAccessAttempts = users.MaxFailedAttempts;
        identity.Lockout.DefaultLockoutTimeSpan = users.LockoutDuration;
        identity.Lockout.AllowedForNewUsers = true;
        identity.User.RequireUniqueEmail = true;
        // The user name is the email; any character an email may hold is allowed.
        identity.User.AllowedUserNameCharacters = "";
    }

    /// <summary>After authentication: the CSRF check for cookie-authenticated changes on the API.</summary>
    public static WebApplication UseUsers(this WebApplication app)
    {
        app.UseMiddleware<SessionCsrfGuard>();
        return app;
    }

    /// <summary>The sign-in page and its posts: browser endpoints outside the versioned API.</summary>
    public static WebApplication MapAccount(this WebApplication app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapGet("/sign-in", SignIn.Page);
        account.MapPost("/sign-in", SignIn.HandleAsync).RequireRateLimiting(SignInRateLimits.Policy);
        account.MapPost("/sign-out", SignOut.HandleAsync);
        return app;
    }

    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetMe.HandleAsync).WithTags("Users").WithName("GetMe")
            .WithSummary("The caller: a signed-in user (with a CSRF token for changing calls) or an API key, its organisation and role.");
        api.MapPost("/me/password", ChangeOwnPassword.HandleAsync).WithTags("Users").WithName("ChangeOwnPassword")
            .WithSummary("A signed-in user replaces their own password; their other sessions end.");
        var users = api.MapGroup("/users").RequireAuthorization(TenancyFeature.AdminPolicy).WithTags("Users");
        users.MapPost("/", CreateUser.HandleAsync).WithName("CreateUser").Audited("user.created")
            .WithSummary("A new user; without a password, a generated one is in this answer only.");
        users.MapGet("/", ListUsers.HandleAsync).WithName("ListUsers");
        users.MapGet("/{id:guid}", GetUser.HandleAsync).WithName("GetUser");
        users.MapPatch("/{id:guid}", UpdateUser.HandleAsync).WithName("UpdateUser").Audited("user.updated")
            .WithSummary("Changes name, role or disabled; a new role or disabling ends the user's sessions.");
        users.MapPost("/{id:guid}/password", ResetUserPassword.HandleAsync).WithName("ResetUserPassword").Audited("user.password_reset")
            .WithSummary("Sets a password, or generates one shown in this answer only; ends the user's sessions.");
        users.MapDelete("/{id:guid}", DeleteUser.HandleAsync).WithName("DeleteUser").Audited("user.deleted");
        return api;
    }
}
