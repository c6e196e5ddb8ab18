using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using SkiaSharp;
using Statecraft.Assessment;
using Statecraft.Model.Forecasting;
using Statecraft.Reports.Briefs;
using Statecraft.Scenarios;

namespace Statecraft.Reports.Tests.Briefs;

/// <summary>The HTML brief is well-formed, names no external resource, and renders in headless Chromium with every chart.</summary>
/// <remarks>
/// The browser is Debian's <c>chromium</c> (or <c>$STATECRAFT_CHROMIUM</c>); <c>.ci/run</c> installs it. Without it the
/// rendering test fails, on CI and locally alike, naming the package to install.
/// </remarks>
public sealed class BriefHtmlTests
{
    private static readonly Lazy<(Brief Brief, AssessmentResults Results, string Html)> Default = new(() =>
    {
        var scenario = BundledScenarios.Load("middle-east-2025");
        var results = Assessor.Run(scenario, AssessmentOptions.Default with { Runs = 500 }, new ModelRunContext(42) { MaxDegreeOfParallelism = 2 });
        var brief = BriefComposer.Compose(results, "middle-east-2025", TrackRecord.Deu2);
        return (brief, results, BriefHtmlWriter.Write(brief, results));
    });

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Html_IsWellFormed_WithOneTitleAHeadingPerSectionAndAnAccessibleNameForEveryChart()
    {
        var (brief, results, html) = Default.Value;

        var doc = Parse(html);

        Assert.Single(doc.Descendants("h1"));
        Assert.Equal(brief.Issues.Length + 2, doc.Descendants("h2").Count());
        var charts = doc.Descendants("svg").ToList();
        Assert.Equal(BriefHtmlWriter.ChartCount(brief, results), charts.Count);
        Assert.Equal(4 * 5 + 1, charts.Count);
        Assert.All(charts, svg =>
        {
            Assert.Equal("img", svg.Attribute("role")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(svg.Element("title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(svg.Element("desc")?.Value));
        });
        Assert.Equal("en", doc.Root!.Attribute("lang")?.Value);
    }

    [Fact]
    public void Html_NamesNoExternalResource()
    {
        var html = Default.Value.Html;

        var doc = Parse(html);

        var references = doc.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "href" or "src" or "xlink:href" or "action" or "data").ToList();
        Assert.All(references, a => Assert.StartsWith("#", a.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_HasAPrintStylesheet()
    {
        Assert.Contains("@media print", Default.Value.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_RendersTheBrief_ToANonBlankPngWithEveryChart()
    {
        // Given
        var (brief, results, html) = Default.Value;
        var browser = FindChromium() ?? throw new InvalidOperationException(
            "Chromium is not installed: install Debian's package with 'apt-get install -y chromium' (.ci/run does), or set STATECRAFT_CHROMIUM to a Chromium binary.");
        var folder = Directory.CreateTempSubdirectory("statecraft-brief-");
        try
        {
            var page = Path.Combine(folder.FullName, "brief.html");
            var png = Path.Combine(folder.FullName, "brief.png");
            File.WriteAllText(page, html);

            // When
            Chromium(browser, folder.FullName, $"--screenshot={png}", "--window-size=1000,2400", new Uri(page).AbsoluteUri);
            var dom = Chromium(browser, folder.FullName, "--dump-dom", new Uri(page).AbsoluteUri);

            // Then: the browser built every chart as SVG, and the picture is not blank
            Assert.Equal(BriefHtmlWriter.ChartCount(brief, results), Regex.Count(dom, "<svg[ >]"));
            using var bitmap = SKBitmap.Decode(png);
            Assert.NotNull(bitmap);
            var dark = 0;
            var blue = 0;
            for (var y = 0; y < bitmap.Height; y += 2)
            {
                for (var x = 0; x < bitmap.Width; x += 2)
                {
                    var c = bitmap.GetPixel(x, y);
                    dark += c.Red + c.Green + c.Blue < 200 ? 1 : 0;
                    blue += c.Blue > 120 && c.Red < 80 ? 1 : 0;
                }
            }

            Assert.True(dark > 1000, $"only {dark} dark pixels: the page rendered blank");
            Assert.True(blue > 1000, $"only {blue} chart-blue pixels: the charts did not render");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("STATECRAFT_CHROMIUM") is { Length: > 0 } path && File.Exists(path))
        {
            return path;
        }

        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        return new[] { "chromium", "chromium-browser" }.SelectMany(n => dirs.Select(d => Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }

    private static string Chromium(string browser, string profile, params string[] args)
    {
        var info = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", $"--user-data-dir={Path.Combine(profile, "profile")}" }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 2 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
