namespace Switchboard.Events;

/// <summary>The event names clients subscribe to (DESIGN.md); features add theirs here.</summary>
public static class EventTypes
{
    public const string SmsReceived = "sms_received";
    public const string SmsSent = "sms_sent";
    public const string SmsStatusUpdate = "sms_status_update";
    public const string SmsDeliveryFailed = "sms_delivery_failed";
    public const string CustomerSmsDuringHumanControl = "customer_sms_during_human_control";
    public const string SmsSuggestsCall = "sms_suggests_call";
    public const string HumanControlStarted = "human_control_started";
    public const string HumanControlEnded = "human_control_ended";
    public const string CustomerMessageReceived = "customer_message_received";
    public const string ContactCreated = "contact_created";
    public const string ConsentChanged = "consent_changed";
    public const string ConversationOpened = "conversation_opened";
    public const string ConversationAssigned = "conversation_assigned";
    public const string ConversationStatusChanged = "conversation_status_changed";
    public const string ConversationRead = "conversation_read";
    public const string WebhookEndpointDisabled = "webhook_endpoint_disabled";
}
