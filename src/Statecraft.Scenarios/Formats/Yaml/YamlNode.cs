using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>A YAML node with its position: the small tree the scenario reader walks.</summary>
internal abstract record YamlNode(SourceSpan At)
{
    public abstract string KindName { get; }
}

/// <summary>A scalar; <see cref="Plain"/> is false when it was quoted or a block scalar.</summary>
internal sealed record YamlScalar(string Value, bool Plain, SourceSpan At) : YamlNode(At)
{
    public override string KindName => "a single value";

    /// <summary>Gets whether the scalar is YAML's null (empty, <c>~</c> or <c>null</c>, unquoted).</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A sequence.</summary>
internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceSpan At) : YamlNode(At)
{
    public override string KindName => "a list";
}

/// <summary>A mapping, its entries in file order (duplicates kept, for the reader to report).</summary>
internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries, SourceSpan At) : YamlNode(At)
{
    public override string KindName => "a mapping";
}
