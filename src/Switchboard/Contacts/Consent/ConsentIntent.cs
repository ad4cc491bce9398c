namespace Switchboard.Contacts.Consent;

public enum ConsentIntent
{
    None,
    OptOut,
    OptIn,
    Help,
}
