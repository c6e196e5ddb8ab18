using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Statecraft.Web.Tests.Api;

public sealed class ScaleTests(StatecraftFactory factory) : IClassFixture<StatecraftFactory>
{
    private static string Scenario(int actors)
    {
        var yaml = new StringBuilder("statecraft: 1\ntitle: \"Many\"\nissues:\n  - id: i\n    name: \"I\"\n    scale:\n      min: 0\n      max: 100\nactors:\n");
        for (var k = 0; k < actors; k++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - {{id: A{k}, name: \"A{k}\", capability: {1 + (k % 50)}, stances: {{i: {{position: {k % 101}, salience: 0.5}}}}}}\n");
        }

        return yaml.ToString();
    }

    [Theory]
    [InlineData("/api/forecast")]
    [InlineData("/api/forecast/all")]
    [InlineData("/api/jobs")]
    public async Task ExpectedUtilityOnMoreActorsThanItsMemoryBound_400WithTheCommandLinesMessage(string path)
    {
        using var large = factory.WithWebHostBuilder(b => b.UseSetting("Statecraft:MaxUploadBytes", "1048576"));
        using var client = large.CreateClient();

        var response = await client.PostAsJsonAsync(path, new { name = "many.yaml", yaml = Scenario(3001), model = "eu" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.StartsWith("--model eu runs on at most 3,000 actors and this scenario has 3,001: its ten n×n matrices need 81·n² bytes: 3,001 actors would need 729 MB", detail, StringComparison.Ordinal);
    }
}
