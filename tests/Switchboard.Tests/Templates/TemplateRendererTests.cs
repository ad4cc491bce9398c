using Switchboard.Templates;

namespace Switchboard.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static readonly TemplateVariable[] Variables =
        [new("name", Required: false), new("date"), new("hours", Default: "9 to 5")];

    [Theory]
    [InlineData("Hi {name}, see you {date}.", "name=Ana;date=Monday", "Hi Ana, see you Monday.")]
    [InlineData("Hi {name}, see you {date}.", "date=Monday", "Hi, see you Monday.")]
    [InlineData("Open {hours}.", "", "Open 9 to 5.")]
    [InlineData("Open {hours}.", "hours=24/7", "Open 24/7.")]
    [InlineData("No placeholders {at all", "", "No placeholders {at all")]
    public void FillsPlaceholdersFromValuesThenDefaults(string body, string values, string expected)
    {
        var result = TemplateRenderer.Render(body, Variables, Parse(values));

        Assert.True(result.IsComplete);
        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void ReportsEveryMissingRequiredVariableOnce()
    {
        var result = TemplateRenderer.Render("{date} {time} {date}", Variables, null);

        Assert.False(result.IsComplete);
        Assert.Equal(["date", "time"], result.Missing);
    }

    [Fact]
    public void ChoosesTheContactsLanguageThenTheDefault()
    {
        var template = StarterTemplates.Create(Guid.NewGuid())[0];

        Assert.Equal("fr", TemplateLanguage.Choose(template, null, "fr-CA").Language);
        Assert.Equal("en", TemplateLanguage.Choose(template, "de", null).Language);
    }

    [Fact]
    public void EveryStarterTemplateHasEnglishAndFrenchWithTheSamePlaceholders()
    {
        foreach (var template in StarterTemplates.Create(Guid.NewGuid()))
        {
            Assert.Equal(
                TemplateRenderer.Placeholders(template.Bodies["en"]).Order(),
                TemplateRenderer.Placeholders(template.Bodies["fr"]).Order());
        }
    }

    private static Dictionary<string, string> Parse(string values) =>
        values.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
}
