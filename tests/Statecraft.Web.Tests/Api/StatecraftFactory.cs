using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statecraft.Web.Tests.Api;

/// <summary>The web app in memory, with its own run store and a 64 KiB upload limit.</summary>
public sealed class StatecraftFactory : WebApplicationFactory<Program>
{
    public const long UploadLimit = 64 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-web-").FullName;

    public string Store => Path.Combine(_folder, "runs.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Statecraft:Store", Store);
        builder.UseSetting("Statecraft:MaxUploadBytes", UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
