namespace Switchboard.Templates;

/// <summary>The templates every organisation starts with, in English and French.</summary>
public static class StarterTemplates
{
    public static IReadOnlyList<MessageTemplate> Create(Guid organizationId) =>
    [
        Make(organizationId, "Appointment confirmation", TemplateCategory.Appointment,
            "Hi {name}, your appointment at {business} is confirmed for {date} at {time}. Reply C to confirm or call us to change it.",
            "Bonjour {name}, votre rendez-vous chez {business} est confirmé le {date} à {time}. Répondez C pour confirmer ou appelez-nous pour le modifier.",
            [new("name", Required: false), new("business"), new("date"), new("time")]),
        Make(organizationId, "Appointment reminder", TemplateCategory.Appointment,
            "Reminder: {name}, you have an appointment at {business} on {date} at {time}. See you soon!",
            "Rappel : {name}, vous avez rendez-vous chez {business} le {date} à {time}. À bientôt !",
            [new("name", Required: false), new("business"), new("date"), new("time")]),
        Make(organizationId, "Follow-up", TemplateCategory.FollowUp,
            "Hi {name}, thanks for contacting {business}. Is there anything else we can help you with?",
            "Bonjour {name}, merci d'avoir contacté {business}. Pouvons-nous vous aider pour autre chose ?",
            [new("name", Required: false), new("business")]),
        Make(organizationId, "Agent introduction", TemplateCategory.HumanControl,
            "Hi {name}, this is {agent} from {business}. I'm taking over this conversation and I'm happy to help.",
            "Bonjour {name}, ici {agent} de {business}. Je prends le relais de cette conversation et je suis là pour vous aider.",
            [new("name", Required: false), new("agent"), new("business")]),
        Make(organizationId, "Store hours", TemplateCategory.StoreHours,
            "{business} is open {hours}. Reply with your question and we'll get back to you.",
            "{business} est ouvert {hours}. Répondez avec votre question et nous vous recontacterons.",
            [new("business"), new("hours", Default: "Monday to Friday, 9am to 5pm")]),
    ];

    private static MessageTemplate Make(
        Guid organizationId, string name, TemplateCategory category, string english, string french, List<TemplateVariable> variables) =>
        new()
        {
            OrganizationId = organizationId, Name = name, Category = category, DefaultLanguage = "en",
            Bodies = new() { ["en"] = english, ["fr"] = french }, Variables = variables,
        };
}
