using Switchboard.Twilio.Messaging;

namespace Switchboard.Twilio.Tests.Messaging;

public class GsmCharsetTests
{
    [Fact]
    public void HoldsTheHundredAndTwentySevenBasicAndTenExtensionCharactersOfFacts()
    {
        Assert.Equal(127, GsmCharset.BasicCount);
        Assert.Equal(10, GsmCharset.ExtensionCount);
    }

    [Theory]
    [InlineData('a', 1)]
    [InlineData('@', 1)]
    [InlineData('Ç', 1)]
    [InlineData('Ω', 1)]
    [InlineData('€', 2)]
    [InlineData('\\', 2)]
    [InlineData('\f', 2)]
    [InlineData('ç', 0)]
    [InlineData('`', 0)]
    [InlineData('\t', 0)]
    [InlineData('ω', 0)]
    public void CostsTheSeptetsOfItsTable(char c, int septets)
    {
        Assert.Equal(septets, GsmCharset.Septets(c));
    }
}
