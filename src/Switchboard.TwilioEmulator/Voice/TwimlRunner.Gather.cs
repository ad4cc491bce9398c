using Switchboard.Twilio.TwiML;

namespace Switchboard.TwilioEmulator.Voice;

internal sealed partial class TwimlRunner
{
    /// <summary>
    /// <c>&lt;Gather&gt;</c>: the nested prompts are heard, then the script's next keys (cut at
    /// <c>finishOnKey</c>, default <c>#</c>, and at <c>numDigits</c>) are posted as <c>Digits</c> to
    /// <c>action</c> (default: this document). Without keys it waits <c>timeout</c> (5 s) and falls
    /// through to the next verb, unless <c>actionOnEmptyResult</c> is true.
    /// </summary>
    private async Task<(Flow, TwimlDocument?)> GatherAsync(CallRun run, TwimlVerb verb, CancellationToken ct)
    {
        foreach (var prompt in verb.Children.Where(c => c.Name is "Say" or "Play" or "Pause"))
        {
            Hear(run, prompt);
        }

        var pressed = run.NextDigits();
        var action = verb.Attribute("action") ?? run.DocumentUrl ?? "";
        if (pressed is null)
        {
            var timeout = int.TryParse(verb.Attribute("timeout"), out var t) && t > 0 ? t : 5;
            run.Elapsed += TimeSpan.FromSeconds(timeout);
            Note(run, "Gather: no input");
            if (!string.Equals(verb.Attribute("actionOnEmptyResult"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return (Flow.Next, null);
            }

            pressed = "";
        }

        var finishOnKey = verb.Attribute("finishOnKey") ?? "#";
        var digits = pressed;
        var finishedOn = "";
        if (finishOnKey.Length > 0 && digits.IndexOf(finishOnKey[0], StringComparison.Ordinal) is var cut and >= 0)
        {
            finishedOn = finishOnKey[..1];
            digits = digits[..cut];
        }

        if (int.TryParse(verb.Attribute("numDigits"), out var numDigits) && numDigits > 0 && digits.Length > numDigits)
        {
            digits = digits[..numDigits];
        }

        run.Elapsed += TimeSpan.FromSeconds(Math.Max(1, digits.Length));
        Note(run, $"Gather: pressed {digits}{finishedOn}");
        KeyValuePair<string, string>[] extra = [new("Digits", digits), new("FinishedOnKey", finishedOn)];
        return (Flow.Replace, await FetchAsync(run, action, verb.Attribute("method"), extra, ct));
    }
}
