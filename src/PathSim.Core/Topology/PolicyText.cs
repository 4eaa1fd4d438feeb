using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>An IAM policy document as JSON text, with where it was written; parsed by <c>PathSim.Policies</c>.</summary>
public sealed record PolicyText(string Json, SourceLocation Location);
