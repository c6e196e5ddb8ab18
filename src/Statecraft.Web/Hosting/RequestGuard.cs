using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Statecraft.Web.Hosting;

/// <summary>Refuses a foreign Host header (400) and a body over the upload limit (413) before any endpoint runs, and sets the headers that keep every page on this server.</summary>
internal sealed class RequestGuard(RequestDelegate next, HostGuard hosts, WebAppOptions options)
{
    /// <summary>Pages may load and call only this server; nothing is fetched from anywhere else.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        if (!hosts.Allows(context.Request.Host.Value))
        {
            return Problems.Write(context, 400, "Unknown host", "This server answers only to localhost, 127.0.0.1 and [::1] (and the addresses it was started with).");
        }

        if (context.Request.ContentLength > options.MaxUploadBytes)
        {
            return ErrorBoundary.TooLarge(context);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxUploadBytes;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
