namespace Switchboard.TwilioEmulator.State;

/// <summary>
/// Everything the emulated account holds, in memory. One lock (<see cref="Gate"/>) guards it all:
/// the emulator's traffic is small and a single lock keeps every rule obviously consistent.
/// </summary>
public sealed partial class EmulatorState(string accountSid, string authToken, DateTimeOffset created)
{
    private readonly Dictionary<string, PhoneNumberRecord> numbers = new(StringComparer.Ordinal);
    private readonly List<MessageRecord> messages = [];
    private readonly Dictionary<string, MessageRecord> messagesBySid = new(StringComparer.Ordinal);
    private readonly HashSet<(string Sender, string Customer)> optOuts = [];
    private readonly Dictionary<string, OutcomeRule> outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HandsetMessage>> handsets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ApiKeyRecord> apiKeys = new(StringComparer.Ordinal);
    private readonly List<FaultRule> faults = [];

    public string AccountSid { get; } = accountSid;
    public string AuthToken { get; } = authToken;
    public DateTimeOffset Created { get; } = created;
    public Lock Gate { get; } = new();

    // Numbers

    public PhoneNumberRecord AddNumber(string phoneNumber, DateTimeOffset now, string? accountSid = null)
    {
        var record = new PhoneNumberRecord
        {
            Sid = Sid.New("PN"),
            AccountSid = accountSid ?? AccountSid,
            PhoneNumber = phoneNumber,
            FriendlyName = PhoneNumbers.FriendlyName(phoneNumber),
            DateCreated = now,
            DateUpdated = now,
        };
        lock (Gate)
        {
            numbers[record.Sid] = record;
        }

        return record;
    }

    public IReadOnlyList<PhoneNumberRecord> Numbers()
    {
        lock (Gate)
        {
            return numbers.Values.OrderBy(n => n.DateCreated).ThenBy(n => n.PhoneNumber, StringComparer.Ordinal).ToList();
        }
    }

    public PhoneNumberRecord? FindNumber(string sid)
    {
        lock (Gate)
        {
            return numbers.GetValueOrDefault(sid);
        }
    }

    public PhoneNumberRecord? FindNumberByPhone(string phoneNumber)
    {
        lock (Gate)
        {
            return numbers.Values.FirstOrDefault(n => string.Equals(n.PhoneNumber, phoneNumber, StringComparison.Ordinal));
        }
    }

    public bool RemoveNumber(string sid)
    {
        lock (Gate)
        {
            return numbers.Remove(sid);
        }
    }

    // API keys (account configuration: kept by Reset, like numbers)

    public void AddApiKey(ApiKeyRecord key)
    {
        lock (Gate)
        {
            apiKeys[key.Sid] = key;
        }
    }

    public ApiKeyRecord? FindApiKey(string sid)
    {
        lock (Gate)
        {
            return apiKeys.GetValueOrDefault(sid);
        }
    }

    public IReadOnlyList<ApiKeyRecord> ApiKeys()
    {
        lock (Gate)
        {
            return apiKeys.Values.OrderByDescending(k => k.DateCreated).ToList();
        }
    }

    public bool RemoveApiKey(string sid)
    {
        lock (Gate)
        {
            return apiKeys.Remove(sid);
        }
    }
}
