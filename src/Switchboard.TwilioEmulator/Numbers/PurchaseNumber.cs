using System.Globalization;

namespace Switchboard.TwilioEmulator.Numbers;

/// <summary><c>POST /IncomingPhoneNumbers.json</c> with <c>PhoneNumber</c> or <c>AreaCode</c> → 201.</summary>
internal static class PurchaseNumber
{
    public static async Task<IResult> Handle(HttpRequest request, EmulatorState state, Scheduler scheduler, CancellationToken ct)
    {
        var form = await FormParameters.ReadAsync(request, ct) ?? FormParameters.Empty;
        NumberSettings.Validate(form);
        var phone = form["PhoneNumber"];
        var areaCode = form["AreaCode"];
        string number;
        if (!string.IsNullOrEmpty(phone))
        {
            if (!PhoneNumbers.IsE164(phone))
            {
                throw new TwilioException(21421, $"PhoneNumber is invalid: {phone}");
            }

            if (state.FindNumberByPhone(phone) is not null)
            {
                throw new TwilioException(21422, $"PhoneNumber {phone} is not available.");
            }

            number = phone;
        }
        else if (!string.IsNullOrEmpty(areaCode))
        {
            if (areaCode.Length != 3 || !areaCode.All(char.IsAsciiDigit) || areaCode[0] is '0' or '1')
            {
                throw new TwilioException(21451, $"AreaCode is invalid: {areaCode}");
            }

            number = FreeNumberIn(areaCode, state);
        }
        else
        {
            throw new TwilioException(21452, "A PhoneNumber or AreaCode is required.");
        }

        var record = state.AddNumber(number, scheduler.Now, request.AccountOf());
        lock (state.Gate)
        {
            NumberSettings.Apply(record, form);
        }

        lock (state.Gate)
        {
            return TwilioJson.Created(IncomingPhoneNumberJson.Of(record, record.AccountSid));
        }
    }

    private static string FreeNumberIn(string areaCode, EmulatorState state)
    {
        for (var line = 100; line < 10000; line++)
        {
            var candidate = "+1" + areaCode + "555" + line.ToString("0000", CultureInfo.InvariantCulture);
            if (state.FindNumberByPhone(candidate) is null)
            {
                return candidate;
            }
        }

        throw new TwilioException(21452, $"No phone numbers found in area code {areaCode}.");
    }
}
