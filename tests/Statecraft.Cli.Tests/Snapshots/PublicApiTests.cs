using PublicApiGenerator;
using Statecraft.Model.Domain;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Snapshots;

/// <summary>
/// Pins the public API of Statecraft.Model, the library others build on, as a golden text file
/// (golden/Statecraft.Model.api.txt): a rename, a new public member or a changed signature shows up in review as a
/// diff of that file. It lives with the fast tests that run before every merge, so the change is seen when it is
/// made. After an intended change: <c>UPDATE_GOLDEN=1 dotnet test tests/Statecraft.Cli.Tests</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void ModelLibrary_PublicApiIsPinned()
    {
        var api = typeof(Scenario).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Facts that change with every build or commit, not with the API.
            ExcludeAttributes =
            [
                "System.Reflection.AssemblyInformationalVersionAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Reflection.AssemblyFileVersionAttribute",
            ],
        });

        Golden.Assert(api, "Statecraft.Model.api.txt");
    }
}
