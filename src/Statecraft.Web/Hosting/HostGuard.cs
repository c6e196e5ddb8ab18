namespace Statecraft.Web.Hosting;

/// <summary>Decides which Host headers are served: the loopback names, plus the host of every address the app was told to listen on (a DNS-rebinding guard).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class HostGuard
{
    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "[::1]" };

    public HostGuard(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal);
            if (Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Host is not ("wildcard" or "0.0.0.0" or "[::]"))
            {
                _allowed.Add(uri.Host);
            }
        }
    }

    /// <summary>Whether a request with this Host header (name and optional port) is served.</summary>
    public bool Allows(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader))
        {
            return false;
        }

        var name = hostHeader;
        if (name.StartsWith('['))
        {
            var end = name.IndexOf(']', StringComparison.Ordinal);
            name = end < 0 ? name : name[..(end + 1)];
        }
        else if (name.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            name = name[..colon];
        }

        return _allowed.Contains(name);
    }
}
