namespace Switchboard.Contacts.Phones;

public enum SenderKind
{
    Invalid,
    PhoneNumber,
    ShortCode,
    AlphanumericSenderId,
}
