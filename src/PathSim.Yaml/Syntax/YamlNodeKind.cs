namespace PathSim.Yaml.Syntax;

internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}
