namespace Switchboard.Conversations;

public static class ConversationsFeature
{
    public static RouteGroupBuilder MapConversations(this RouteGroupBuilder api)
    {
        api.MapGet("/conversations", ListConversations.HandleAsync)
            .WithName("ListConversations")
            .WithSummary("Conversations, most recent activity first; filters status, contactId, phone; paged.");
        api.MapGet("/conversations/{id:guid}/messages", ListConversationMessages.HandleAsync)
            .WithName("ListConversationMessages")
            .WithSummary("A conversation's messages, newest first; paged.");
        return api;
    }
}
