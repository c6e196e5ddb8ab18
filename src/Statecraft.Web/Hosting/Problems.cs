using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Web.Hosting;

/// <summary>Writes problem details (RFC 9457) with a message a person can act on, and never an exception's stack trace.</summary>
internal static class Problems
{
    public static Task Write(HttpContext context, int status, string title, string detail, IEnumerable<Diagnostic>? diagnostics = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (diagnostics is not null)
        {
            extensions["diagnostics"] = DiagnosticView.Shown(diagnostics);
        }

        return Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions).ExecuteAsync(context);
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
