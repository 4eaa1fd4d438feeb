using System.Collections.Immutable;
using PathSim.Collections;

namespace PathSim.Policies;

/// <summary>
/// The request context a policy's conditions test: key → values. Keys compare case-insensitively, as
/// IAM condition keys do. A key that is not here is missing from the request, which conditions
/// treat specially (see <see cref="ConditionEvaluator"/>).
/// </summary>
public sealed class RequestContext : IEquatable<RequestContext>
{
    private readonly ImmutableSortedDictionary<string, ValueArray<string>> _values;

    private RequestContext(ImmutableSortedDictionary<string, ValueArray<string>> values) => _values = values;

    public static RequestContext Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, ValueArray<string>>(StringComparer.OrdinalIgnoreCase));

    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>A context with <paramref name="key"/> set to <paramref name="values"/> (replacing any earlier values).</summary>
    public RequestContext With(string key, params string[] values)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new(_values.SetItem(key, values.ToValueArray()));
    }

    public RequestContext Without(string key) => new(_values.Remove(key));

    public bool TryGetValues(string key, out ValueArray<string> values) => _values.TryGetValue(key, out values);

    public bool Contains(string key) => _values.ContainsKey(key);

    public bool Equals(RequestContext? other) =>
        other is not null && _values.Count == other._values.Count &&
        _values.All(kv => other._values.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));

    public override bool Equals(object? obj) => Equals(obj as RequestContext);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, values) in _values)
        {
            hash.Add(key, StringComparer.OrdinalIgnoreCase);
            hash.Add(values);
        }
        return hash.ToHashCode();
    }

    public override string ToString() =>
        "{" + string.Join(", ", _values.Select(kv => kv.Value.Count == 1 ? $"{kv.Key}={kv.Value[0]}" : $"{kv.Key}={kv.Value}")) + "}";
}
