using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Statecraft.Web.Endpoints;
using Statecraft.Web.Hosting;
using Statecraft.Web.Jobs;

namespace Statecraft.Web;

/// <summary>Builds the web app: the JSON API over the run layer, the pages embedded in this assembly, and the guards (loopback Host names, upload limit, no exception in any response).</summary>
public static class WebApp
{
    /// <summary>Builds the app; <see cref="WebApplication.Run(string?)"/> starts it.</summary>
    /// <param name="defaults">The options used where the configuration (section <c>Statecraft</c>) sets none.</param>
    /// <param name="args">Command-line arguments read as configuration, or <see langword="null"/>.</param>
    /// <returns>The app, not started.</returns>
    public static WebApplication Create(WebAppOptions defaults, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var urls = builder.Configuration["Statecraft:Urls"] ?? defaults.Urls;
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = Read(context.Configuration, defaults).MaxUploadBytes;
        });
        builder.Services.AddSingleton(sp => Read(sp.GetRequiredService<IConfiguration>(), defaults));
        builder.Services.AddSingleton<JobRegistry>();
        builder.Services.AddSingleton(sp => new HostGuard(sp.GetRequiredService<WebAppOptions>().Urls));

        var app = builder.Build();
        app.UseMiddleware<ErrorBoundary>();
        app.UseMiddleware<RequestGuard>();
        ApiEndpoints.Map(app);
        UnrestEndpoints.Map(app);
        StoreEndpoints.Map(app);
        JobEndpoints.Map(app);
        EmbeddedAssets.Map(app);
        return app;
    }

    /// <summary>The options: the configuration's values over <paramref name="defaults"/>.</summary>
    private static WebAppOptions Read(IConfiguration configuration, WebAppOptions defaults)
    {
        var section = configuration.GetSection("Statecraft");
        var max = section["MaxUploadBytes"] is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : defaults.MaxUploadBytes;
        return defaults with
        {
            Urls = section["Urls"] ?? defaults.Urls,
            MaxUploadBytes = Math.Clamp(max, 1024, 1L << 30),
            Store = section["Store"] ?? defaults.Store,
        };
    }
}
