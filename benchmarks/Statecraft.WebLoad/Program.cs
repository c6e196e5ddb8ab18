using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

// The web app under load, on loopback only: starts `statecraft serve` (the Release build) in its own process with a
// fresh run store, then
//   1. idle: 200 compromise forecasts of the default scenario one after another (the round trip), and the page
//      opened 10 times in Debian's Chromium (time until it is usable: every view mounted, and until the forecast shows);
//   2. load: CLIENTS concurrent clients for SECONDS seconds; 4 of them run Monte Carlo jobs (200 runs, polled until
//      done, results fetched; the app runs at most 4 jobs at once), the others forecasts with the four fast models
//      in turn;
//   3. the server's resident memory (VmRSS) before and after, and every error.
//
//   dotnet run -c Release --project benchmarks/Statecraft.WebLoad -- [--clients 50] [--seconds 60]
// Build the CLI first (dotnet build -c Release). Exits 1 when any request failed.
var clients = Option("--clients", 50);
var seconds = Option("--seconds", 60);
const int MonteCarloClients = 4;
var root = FindRoot();
var server = Path.Combine(root, "src/Statecraft.Cli/bin/Release/net10.0/statecraft.dll");
if (!File.Exists(server))
{
    Console.Error.WriteLine($"{server} is missing: run dotnet build -c Release first.");
    return 2;
}

var folder = Directory.CreateTempSubdirectory("statecraft-webload-").FullName;
var port = 5300 + Random.Shared.Next(600);
var address = $"http://127.0.0.1:{port}";
using var process = Process.Start(new ProcessStartInfo("dotnet", [server, "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--store", Path.Combine(folder, "runs.db")])
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
})!;
try
{
    using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(120) };
    await WaitForServer(http);
    var yaml = (await http.GetFromJsonAsync<JsonElement>("/api/scenarios/middle-east-2025")).GetProperty("yaml").GetString()!;
    Console.WriteLine($"statecraft serve at {address}, pid {process.Id}; {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine($"server memory at start: {Rss(process.Id)} MB");

    // 1. Idle: the round trip and the page.
    var roundTrips = new List<double>();
    for (var i = 0; i < 220; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/api/forecast", new { name = "middle-east-2025", yaml, model = "compromise" });
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsStringAsync();
        if (i >= 20)
        {
            roundTrips.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    Console.WriteLine($"compromise forecast round trip, idle, 200 after 20 warm-up: {Summary(roundTrips)}");
    await MeasurePage(address);
    var before = Rss(process.Id);
    Console.WriteLine($"server memory before the load: {before} MB");

    // 2. Load.
    var forecasts = new List<double>();
    var jobs = new List<double>();
    var errors = new List<string>();
    var models = new[] { "compromise", "median", "mean", "exchange" };
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var started = Stopwatch.StartNew();
    var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(120) };
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                if (c < MonteCarloClients)
                {
                    await MonteCarlo(client, yaml, (ulong)(c * 1000 + n));
                    lock (jobs)
                    {
                        jobs.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
                else
                {
                    using var response = await client.PostAsJsonAsync("/api/forecast", new { name = "middle-east-2025", yaml, model = models[n % models.Length] });
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{(int)response.StatusCode} {body}");
                    }

                    lock (forecasts)
                    {
                        forecasts.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException or JsonException)
            {
                lock (errors)
                {
                    errors.Add(ex.Message);
                }
            }

            n++;
        }
    })).ToArray();
    await Task.WhenAll(tasks);
    var elapsed = started.Elapsed.TotalSeconds;
    var after = Rss(process.Id);
    Console.WriteLine($"load: {clients} clients ({MonteCarloClients} running Monte Carlo jobs) for {elapsed:F1} s; load average {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine($"  forecasts: {forecasts.Count} ({forecasts.Count / elapsed:F1}/s): {Summary(forecasts)}");
    Console.WriteLine($"  Monte Carlo jobs (200 runs, start to results): {jobs.Count} ({jobs.Count / elapsed:F2}/s): {Summary(jobs)}");
    Console.WriteLine($"  errors: {errors.Count}");
    foreach (var error in errors.Distinct().Take(10))
    {
        Console.WriteLine($"    {error}");
    }

    Console.WriteLine($"server memory after the load: {after} MB (before: {before} MB)");
    await Task.Delay(5000);
    Console.WriteLine($"server memory 5 s later: {Rss(process.Id)} MB");
    return errors.Count == 0 ? 0 : 1;
}
finally
{
    process.Kill(entireProcessTree: true);
    await process.WaitForExitAsync();
    Directory.Delete(folder, recursive: true);
}

static async Task MonteCarlo(HttpClient client, string yaml, ulong seed)
{
    using var start = await client.PostAsJsonAsync("/api/jobs", new { name = "middle-east-2025", yaml, method = "monte-carlo", runs = 200, seed });
    var job = await start.Content.ReadFromJsonAsync<JsonElement>();
    if (!start.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{(int)start.StatusCode} {job}");
    }

    var id = job.GetProperty("id").GetString();
    string? state;
    do
    {
        await Task.Delay(50);
        state = (await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("state").GetString();
    }
    while (state == "running");
    if (state != "done")
    {
        throw new InvalidOperationException($"job {id} {state}");
    }

    using var result = await client.GetAsync($"/api/jobs/{id}/result");
    result.EnsureSuccessStatusCode();
    await result.Content.ReadAsStringAsync();
}

static async Task MeasurePage(string address)
{
    var chromium = Environment.GetEnvironmentVariable("STATECRAFT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium";
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
    var ready = new List<double>();
    var shown = new List<double>();
    for (var i = 0; i < 11; i++)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("body[data-ready=true]", new() { State = WaitForSelectorState.Attached });
        await page.WaitForSelectorAsync("#forecast-value", new() { State = WaitForSelectorState.Attached });
        if (i > 0)
        {
            // Both from the navigation's start, by the page's own clock: data-ready-ms is set when every view is mounted.
            ready.Add(double.Parse((await page.GetAttributeAsync("body", "data-ready-ms"))!, CultureInfo.InvariantCulture));
            shown.Add(await page.EvaluateAsync<double>("() => performance.now()"));
        }

        await page.CloseAsync();
    }

    Console.WriteLine($"page opened 10 times after a warm-up, until usable (every view mounted): {Summary(ready)}");
    Console.WriteLine($"  until the default scenario's forecast is shown (at most): {Summary(shown)}");
}

static async Task WaitForServer(HttpClient http)
{
    for (var i = 0; i < 300; i++)
    {
        try
        {
            using var response = await http.GetAsync("/api/models");
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }

        await Task.Delay(100);
    }

    throw new InvalidOperationException("the server did not answer within 30 s");
}

static string Summary(List<double> values)
{
    if (values.Count == 0)
    {
        return "none";
    }

    var sorted = values.Order().ToArray();
    double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.5):F1} ms, p95 {At(0.95):F1} ms, max {sorted[^1]:F1} ms");
}

static long Rss(int pid)
{
    var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Statecraft.slnx")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
