namespace Switchboard.TwilioEmulator.State;

/// <summary>
/// How messages to one recipient end (set through <c>POST /_emulator/outcomes</c>), and whether
/// their status callbacks misbehave as Twilio's sometimes do (FACTS 3.3): each sent twice, or all
/// held back and sent newest first once the message is final.
/// </summary>
public sealed record OutcomeRule(string To, string Status, int? ErrorCode, TimeSpan Delay, bool DuplicateCallbacks = false, bool OutOfOrderCallbacks = false);

/// <summary>
/// A fault injected into the REST API (<c>POST /_emulator/faults</c>): the next <c>Remaining</c>
/// requests whose path contains <c>PathContains</c> fail with Twilio's error body, or — when
/// <c>Drop</c> — are processed and then lose their connection, so the caller cannot know the outcome.
/// </summary>
public sealed record FaultRule(string? PathContains, int Status, int Code, bool Drop)
{
    public int Remaining { get; set; }
}

/// <summary>A message as it reached a phone (what the customer's handset shows).</summary>
public sealed record HandsetMessage(string Sid, string From, string To, string Body, IReadOnlyList<string> MediaUrls, DateTimeOffset Timestamp);

/// <summary>
/// Everything the emulated account holds, in memory. One lock (<see cref="Gate"/>) guards it all:
/// the emulator's traffic is small and a single lock keeps every rule obviously consistent.
/// </summary>
public sealed class EmulatorState(string accountSid, string authToken, DateTimeOffset created)
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

    public PhoneNumberRecord AddNumber(string phoneNumber, DateTimeOffset now)
    {
        var record = new PhoneNumberRecord
        {
            Sid = Sid.New("PN"),
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

    // Messages

    public void AddMessage(MessageRecord message)
    {
        lock (Gate)
        {
            messages.Add(message);
            messagesBySid[message.Sid] = message;
        }
    }

    public MessageRecord? FindMessage(string sid)
    {
        lock (Gate)
        {
            return messagesBySid.GetValueOrDefault(sid);
        }
    }

    /// <summary>Messages newest first, as Twilio lists them.</summary>
    public IReadOnlyList<MessageRecord> MessagesNewestFirst()
    {
        lock (Gate)
        {
            var list = new List<MessageRecord>(messages);
            list.Reverse();
            return list;
        }
    }

    public bool RemoveMessage(string sid)
    {
        lock (Gate)
        {
            if (!messagesBySid.Remove(sid, out var message))
            {
                return false;
            }

            messages.Remove(message);
            return true;
        }
    }

    // Opt-outs (per sender and customer, FACTS 6)

    public bool IsOptedOut(string sender, string customer)
    {
        lock (Gate)
        {
            return optOuts.Contains((sender, customer));
        }
    }

    public void SetOptOut(string sender, string customer, bool optedOut)
    {
        lock (Gate)
        {
            if (optedOut)
            {
                optOuts.Add((sender, customer));
            }
            else
            {
                optOuts.Remove((sender, customer));
            }
        }
    }

    // Outcome rules

    public void SetOutcome(OutcomeRule rule)
    {
        lock (Gate)
        {
            outcomes[rule.To] = rule;
        }
    }

    public OutcomeRule? OutcomeFor(string to)
    {
        lock (Gate)
        {
            return outcomes.GetValueOrDefault(to);
        }
    }

    // Faults

    public void AddFault(FaultRule fault)
    {
        lock (Gate)
        {
            faults.Add(fault);
        }
    }

    /// <summary>Takes one use of the first fault that applies to <paramref name="path"/>, if any.</summary>
    public FaultRule? TakeFault(string path)
    {
        lock (Gate)
        {
            var fault = faults.FirstOrDefault(f => f.PathContains is null || path.Contains(f.PathContains, StringComparison.OrdinalIgnoreCase));
            if (fault is null)
            {
                return null;
            }

            if (--fault.Remaining <= 0)
            {
                faults.Remove(fault);
            }

            return fault;
        }
    }

    // Handsets

    public void AppendToHandset(HandsetMessage message)
    {
        lock (Gate)
        {
            if (!handsets.TryGetValue(message.To, out var list))
            {
                handsets[message.To] = list = [];
            }

            list.Add(message);
        }
    }

    public IReadOnlyList<HandsetMessage> Handset(string phoneNumber)
    {
        lock (Gate)
        {
            return handsets.TryGetValue(phoneNumber, out var list) ? list.ToList() : [];
        }
    }

    /// <summary>Forgets messages, rules, faults, handsets and opt-outs; keeps the account, its numbers and keys.</summary>
    public void Reset()
    {
        lock (Gate)
        {
            messages.Clear();
            messagesBySid.Clear();
            optOuts.Clear();
            outcomes.Clear();
            handsets.Clear();
            faults.Clear();
        }
    }
}
