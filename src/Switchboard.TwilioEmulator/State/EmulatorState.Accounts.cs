namespace Switchboard.TwilioEmulator.State;

/// <summary>The main account and its subaccounts (account configuration: kept by Reset).</summary>
public sealed partial class EmulatorState
{
    private readonly Dictionary<string, AccountRecord> subaccounts = new(StringComparer.Ordinal);

    public AccountRecord MainAccount => new()
    {
        Sid = AccountSid, AuthToken = AuthToken, FriendlyName = "Switchboard emulator account", OwnerAccountSid = AccountSid,
        DateCreated = Created, DateUpdated = Created,
    };

    public AccountRecord AddSubaccount(string? friendlyName, DateTimeOffset now)
    {
        var sid = Sid.New("AC");
        var account = new AccountRecord
        {
            Sid = sid, AuthToken = Sid.NewToken(), OwnerAccountSid = AccountSid, DateCreated = now, DateUpdated = now,
            FriendlyName = string.IsNullOrEmpty(friendlyName) ? $"SubAccount Created at {TwilioDate.Format(now)}" : friendlyName,
        };
        lock (Gate)
        {
            subaccounts[sid] = account;
        }

        return account;
    }

    /// <summary>The main account or one of its subaccounts.</summary>
    public AccountRecord? FindAccount(string? sid)
    {
        if (string.Equals(sid, AccountSid, StringComparison.Ordinal))
        {
            return MainAccount;
        }

        lock (Gate)
        {
            return sid is null ? null : subaccounts.GetValueOrDefault(sid);
        }
    }

    /// <summary>What an account's credentials may list and act on: itself, and for the main account every subaccount.</summary>
    public IReadOnlyList<AccountRecord> AccountsVisibleTo(string sid)
    {
        if (!string.Equals(sid, AccountSid, StringComparison.Ordinal))
        {
            return FindAccount(sid) is { } own ? [own] : [];
        }

        lock (Gate)
        {
            return [MainAccount, .. subaccounts.Values.OrderBy(a => a.DateCreated)];
        }
    }

    /// <summary>Whether credentials of <paramref name="authenticated"/> may act on <paramref name="target"/>'s resources.</summary>
    public bool MayActOn(string authenticated, string target) =>
        string.Equals(authenticated, target, StringComparison.Ordinal)
        || (string.Equals(authenticated, AccountSid, StringComparison.Ordinal) && FindAccount(target) is not null);

    /// <summary>The token that signs webhooks about <paramref name="accountSid"/>'s numbers and messages.</summary>
    public string AuthTokenOf(string? accountSid) => FindAccount(accountSid)?.AuthToken ?? AuthToken;
}
