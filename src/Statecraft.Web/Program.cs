namespace Statecraft.Web;

/// <summary>The entry point of the web app on its own (<c>dotnet run --project src/Statecraft.Web</c>); <c>statecraft serve</c> is the usual way to start it.</summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Builds and runs the app with the settings of the configuration (e.g. <c>--Statecraft:Urls=http://127.0.0.1:5000</c>).</summary>
    /// <param name="args">The arguments, read as configuration.</param>
    public static void Main(string[] args) => WebApp.Create(new WebAppOptions(), args).Run();
}
