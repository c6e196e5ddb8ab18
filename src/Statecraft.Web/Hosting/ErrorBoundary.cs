using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Statecraft.Model.Domain;
using Statecraft.Runs;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Web.Hosting;

/// <summary>Turns every failure into problem details: bad input gets 400 with its located message, an oversized body 413, anything else 500 with no exception text.</summary>
internal sealed partial class ErrorBoundary(RequestDelegate next, ILogger<ErrorBoundary> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await (ex switch
            {
                ScenarioValidationException v => Problems.Write(context, 400, "The scenario is not valid", $"{v.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s); nothing was run.", v.Diagnostics),
                BadHttpRequestException { StatusCode: 413 } => TooLarge(context),
                BadHttpRequestException b => Problems.Write(context, b.StatusCode, "Bad request", b.Message),
                UserInputException or ModelOptionException or FormatException or InvalidDataException => Problems.Write(context, 400, "Bad input", ex.Message),
                JsonException j => Problems.Write(context, 400, "Bad request body", $"The request body is not the JSON expected: {j.Message.Split(" Path:", StringSplitOptions.None)[0]} (at {j.Path ?? "$"}, line {(j.LineNumber ?? 0) + 1})."),
                _ => Unexpected(context, ex),
            }).ConfigureAwait(false);
        }
    }

    public static Task TooLarge(HttpContext context)
    {
        var max = context.RequestServices.GetService(typeof(WebAppOptions)) is WebAppOptions o ? o.MaxUploadBytes : WebAppOptions.DefaultMaxUploadBytes;
        return Problems.Write(context, 413, "Upload too large", $"The request body is larger than the limit of {max} bytes; start the app with --max-upload to raise it.");
    }

    private Task Unexpected(HttpContext context, Exception ex)
    {
        LogUnexpected(logger, ex, context.Request.Path.Value);
        return Problems.Write(context, 500, "Unexpected error", "The server could not complete this request; nothing was saved. The server's console has the details.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string? path);
}
