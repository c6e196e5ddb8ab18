using System.Reflection;
using System.Runtime.CompilerServices;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Architecture;

public class ArchitectureTests
{
    private static readonly Assembly ModelAssembly = typeof(Scenario).Assembly;

    [Fact]
    public void ModelAssembly_ReferencesNoIoConsoleOrSerializationAssembly()
    {
        // Statecraft.Model is pure math: BCL only, and none of the I/O-facing parts of it.
        string[] forbidden = ["System.Console", "System.Text.Json", "System.Net", "System.IO.FileSystem", "YamlDotNet", "CsvHelper", "Spectre", "ScottPlot", "Microsoft.Data.Sqlite"];
        var referenced = ModelAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(referenced, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void ModelTypes_AreImmutableOrMarkedMutable()
    {
        // NodaTime's MutabilityTest: every public type is immutable (no settable state) unless marked [Mutable].
        var offenders = new List<string>();
        foreach (var type in ModelAssembly.GetExportedTypes())
        {
            if (type.IsEnum || type.IsInterface || typeof(Delegate).IsAssignableFrom(type) || type.GetCustomAttribute<MutableAttribute>() is not null)
            {
                continue;
            }

            if (type.IsSubclassOf(typeof(Exception)) || type.IsSubclassOf(typeof(Attribute)))
            {
                continue;
            }

            const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
            var mutableFields = type.GetFields(Instance).Where(f => !f.IsInitOnly && f.GetCustomAttribute<CompilerGeneratedAttribute>() is null).ToArray();
            var setters = type.GetProperties(Instance).Where(p => p.SetMethod is { } s && !IsInitOnly(s)).ToArray();
            if (mutableFields.Length > 0 || setters.Length > 0)
            {
                offenders.Add($"{type.FullName}: {string.Join(", ", mutableFields.Select(f => f.Name).Concat(setters.Select(p => p.Name)))}");
            }
        }

        Assert.Empty(offenders);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m == typeof(IsExternalInit));
}
