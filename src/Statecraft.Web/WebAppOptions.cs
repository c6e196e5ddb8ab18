namespace Statecraft.Web;

/// <summary>How the web app listens and what it accepts.</summary>
/// <remarks>Immutable and thread-safe. Read from the configuration section <c>Statecraft</c> (keys <c>Urls</c>, <c>MaxUploadBytes</c>, <c>Store</c>), so tests and the command line can set them.</remarks>
public sealed record WebAppOptions
{
    /// <summary>The port the app listens on by default.</summary>
    public const int DefaultPort = 5178;

    /// <summary>The largest request body accepted by default: 1 MiB.</summary>
    public const long DefaultMaxUploadBytes = 1024 * 1024;

    /// <summary>Gets the addresses to listen on, separated by ';'. Default: loopback only, <c>http://127.0.0.1:5178</c>.</summary>
    public string Urls { get; init; } = $"http://127.0.0.1:{DefaultPort}";

    /// <summary>Gets the largest request body accepted, in bytes; larger ones get 413. Range: 1 KiB to 1 GiB.</summary>
    public long MaxUploadBytes { get; init; } = DefaultMaxUploadBytes;

    /// <summary>Gets the run store file, or <see langword="null"/> for the default store.</summary>
    public string? Store { get; init; }
}
