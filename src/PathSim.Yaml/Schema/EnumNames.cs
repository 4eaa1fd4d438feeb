namespace PathSim.Yaml.Schema;

/// <summary>
/// The spellings a topology file may use for a closed set. Matching ignores case, '_' and '-', so
/// values pasted from the console or the EC2 API (<c>GatewayLoadBalancer</c>, <c>pending-acceptance</c>)
/// are accepted. The first spelling of each value is the canonical one the writer uses.
/// </summary>
internal sealed class EnumNames<T>(params (string Name, T Value)[] names) where T : struct
{
    public IReadOnlyList<(string Name, T Value)> Names { get; } = names;

    public string Choices => string.Join(", ", Names.Select(n => n.Name));

    public bool TryParse(string text, out T value)
    {
        string key = Normalise(text);
        foreach (var (name, v) in Names)
        {
            if (Normalise(name) == key)
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    public string NameOf(T value) =>
        Names.First(n => EqualityComparer<T>.Default.Equals(n.Value, value)).Name;

    private static string Normalise(string text) =>
        new([.. text.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant)]);
}
