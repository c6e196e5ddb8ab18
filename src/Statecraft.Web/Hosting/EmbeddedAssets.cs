using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Statecraft.Web.Hosting;

/// <summary>Serves the pages, scripts and the vendored chart library from the resources embedded in this assembly, so the app works from any folder and offline.</summary>
internal static class EmbeddedAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".json"] = "application/json",
    };

    private static readonly HashSet<string> Names = [.. typeof(EmbeddedAssets).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal))];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", context => Serve(context, "index.html"));
        app.MapGet("/{**path}", context => Serve(context, (string?)context.Request.RouteValues["path"] ?? string.Empty));
    }

    private static async Task Serve(HttpContext context, string path)
    {
        var name = "wwwroot/" + path;
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(path));
        if (path.StartsWith("api/", StringComparison.Ordinal) || type is null || !Names.Contains(name))
        {
            await Problems.Write(context, 404, "Not found", $"There is no page or API at /{path}.").ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-cache";
        await using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream(name)!;
        context.Response.ContentLength = stream.Length;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
