using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Statecraft.Web.Tests.Browser;

/// <summary>The app on a loopback port with its own run store, and one Chromium shared by a test class.</summary>
/// <remarks>Drives Debian's Chromium (<c>apt-get install -y chromium</c>) at /usr/lib/chromium/chromium, or the file named
/// by STATECRAFT_CHROMIUM; Playwright's own browser download is never used. A missing browser fails the tests.</remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "STATECRAFT_CHROMIUM";

    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Address { get; private set; } = string.Empty;

    public string Store => Path.Combine(_folder, "runs.db");

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: install it (apt-get install -y chromium) or set {ChromiumVariable} to its executable.");
        }

        _app = WebApp.Create(new WebAppOptions { Urls = "http://127.0.0.1:0", Store = Store });
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>Opens the app in a new page and waits until every view is mounted; records every request the page makes.</summary>
    public async Task<(IPage Page, List<string> Requests)> OpenAsync(string fragment = "")
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        await page.GotoAsync(Address + "/" + fragment);
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return (page, requests);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
