namespace Switchboard.TwilioEmulator.Messaging;

/// <summary>Twilio's delivery error texts for callbacks and <c>error_message</c> (FACTS 5).</summary>
internal static class DeliveryErrors
{
    public const int DefaultUndelivered = 30003;
    public const int DefaultFailed = 30008;

    private static readonly Dictionary<int, string> Messages = new()
    {
        [21610] = "Attempt to send to unsubscribed recipient",
        [30001] = "Queue overflow",
        [30002] = "Account suspended",
        [30003] = "Unreachable destination handset",
        [30004] = "Message blocked",
        [30005] = "Unknown destination handset",
        [30006] = "Landline or unreachable carrier",
        [30007] = "Message filtered",
        [30008] = "Unknown error",
        [30022] = "US A2P 10DLC - Rate Limits Exceeded",
        [30023] = "US A2P 10DLC - Daily Message Cap Reached",
        [30024] = "Numeric Sender ID Not Provisioned on Carrier",
        [30032] = "Toll-Free Number Has Not Been Verified",
        [30034] = "US A2P 10DLC - Message from an Unregistered Number",
    };

    public static string MessageFor(int code) => Messages.GetValueOrDefault(code, "Delivery failed");
}
