using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest.InterEthnic.Options;

/// <summary>Reads <see cref="InterEthnicOptions"/> from named options (the command line's <c>--run</c> and <c>--set</c>).</summary>
/// <remarks>
/// <para>Order: a named run (<c>run</c>, default <c>ii-genocide</c>; see <see cref="InterEthnicRuns"/>) sets the paper's
/// parameters; every other option then overrides one value. Names are kebab-case; <c>legitimacy</c> and <c>vision</c>
/// set both groups' or both kinds' values at once.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class InterEthnicSettings
{
    /// <summary>Gets the options this reader understands, each declared once: help texts, the reading with its range checks and the unknown-name check come from these.</summary>
    public static IReadOnlyList<ModelOption> Options => InterEthnicDeclarations.All;

    /// <summary>Reads the options.</summary>
    /// <param name="settings">The named options.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="ModelOptionException">A name is not one of <see cref="Options"/>, or a value is not allowed; the message names the option, the value and what is allowed.</exception>
    public static InterEthnicOptions Read(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, "unrest Model II");

        var run = InterEthnicDeclarations.Run.Read(settings) ?? InterEthnicDeclarations.Run.Default;
        if (!InterEthnicRuns.IsKnown(run))
        {
            throw InterEthnicDeclarations.Run.NotAllowed(run);
        }

        var o = InterEthnicRuns.Run(run);
        var vision = InterEthnicDeclarations.Vision.ReadOptional(settings);
        var legitimacy = InterEthnicDeclarations.Legitimacy.ReadOptional(settings);
        o = o with
        {
            Width = InterEthnicDeclarations.Width.Read(settings, o.Width),
            Height = InterEthnicDeclarations.Height.Read(settings, o.Height),
            AgentDensity = InterEthnicDeclarations.AgentDensity.Read(settings, o.AgentDensity),
            BlueShare = InterEthnicDeclarations.BlueShare.Read(settings, o.BlueShare),
            CopDensity = InterEthnicDeclarations.CopDensity.Read(settings, o.CopDensity),
            CopArrivalTick = InterEthnicDeclarations.CopsArrive.Read(settings, o.CopArrivalTick),
            AgentVision = InterEthnicDeclarations.AgentVision.Read(settings, vision ?? o.AgentVision),
            CopVision = InterEthnicDeclarations.CopVision.Read(settings, vision ?? o.CopVision),
            BlueLegitimacy = InterEthnicDeclarations.BlueLegitimacy.Read(settings, legitimacy ?? o.BlueLegitimacy),
            GreenLegitimacy = InterEthnicDeclarations.GreenLegitimacy.Read(settings, legitimacy ?? o.GreenLegitimacy),
            JailTerm = InterEthnicDeclarations.JailTerm.Read(settings, o.JailTerm),
            K = InterEthnicDeclarations.K.Read(settings, o.K),
            Threshold = InterEthnicDeclarations.Threshold.Read(settings, o.Threshold),
            ArrestRatioRule = InterEthnicDeclarations.ArrestRatioRule.Read(settings, o.ArrestRatioRule),
            SelfCount = InterEthnicDeclarations.SelfCount.Read(settings, o.SelfCount),
            VisionMetric = InterEthnicDeclarations.VisionMetric.Read(settings, o.VisionMetric),
            AgentMovement = InterEthnicDeclarations.AgentMovement.Read(settings, o.AgentMovement),
            KillingActivation = InterEthnicDeclarations.KillingActivation.Read(settings, o.KillingActivation),
            CloneProbability = InterEthnicDeclarations.CloneProbability.Read(settings, o.CloneProbability),
            MaxAge = InterEthnicDeclarations.MaxAge.Read(settings, o.MaxAge),
            InitialAge = InterEthnicDeclarations.InitialAge.Read(settings, o.InitialAge),
        };

        var withdraw = InterEthnicDeclarations.CopsWithdraw.Read(settings) ?? string.Empty;
        if (withdraw.Equals("never", StringComparison.OrdinalIgnoreCase))
        {
            o = o with { CopWithdrawalTick = null };
        }
        else if (withdraw.Length > 0)
        {
            o = o with { CopWithdrawalTick = settings.GetInt(InterEthnicDeclarations.CopsWithdraw.Name, 0, o.CopArrivalTick + 1, int.MaxValue) };
        }

        o = MaxJailTerm.Read(InterEthnicDeclarations.MaxJailTermOption, settings) switch
        {
            int.MaxValue => o with { JailTerm = JailTermRule.Infinite },
            { } term => o with { MaxJailTerm = term },
            null => o,
        };

        try
        {
            o.Validate();
        }
        catch (OptionRangeException e)
        {
            throw e.ToOptionError();
        }

        return o;
    }
}
