namespace Switchboard.TwilioEmulator.State;

/// <summary>The account's traffic: messages, opt-outs, outcome rules, faults and handsets.</summary>
public sealed partial class EmulatorState
{
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
