namespace Switchboard.Conversations;

public static class ConversationsFeature
{
    public static RouteGroupBuilder MapConversations(this RouteGroupBuilder api)
    {
        api.MapGet("/conversations", ListConversations.HandleAsync)
            .WithName("ListConversations")
            .WithSummary("Conversations, most recent activity first; filters status, contactId, phone; paged.");
        api.MapGet("/conversations/{id:guid}", GetConversation.HandleAsync)
            .WithName("GetConversation")
            .WithSummary("One conversation, with its contact and business number.");
        api.MapPatch("/conversations/{id:guid}", UpdateConversation.HandleAsync)
            .WithName("UpdateConversation")
            .WithSummary("Sets a conversation's status: open, pending (waiting for an agent) or closed.");
        api.MapPost("/conversations/{id:guid}/read", MarkConversationRead.HandleAsync)
            .WithName("MarkConversationRead")
            .WithSummary("Marks a conversation read: its unread count goes to zero.");
        api.MapGet("/conversations/{id:guid}/messages", ListConversationMessages.HandleAsync)
            .WithName("ListConversationMessages")
            .WithSummary("A conversation's messages, newest first; paged.");
        return api;
    }
}
