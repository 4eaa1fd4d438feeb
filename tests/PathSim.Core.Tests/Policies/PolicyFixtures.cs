using PathSim.Diagnostics;
using PathSim.Policies;
using PathSim.Topology;
using Xunit;

namespace PathSim.Core.Tests.Policies;

/// <summary>Small builders shared by the policy tests.</summary>
internal static class PolicyFixtures
{
    public static readonly SourceLocation Where = new("topology.yaml", 12, 7);

    public static readonly IamPrincipal RedshiftRole = new("arn:aws:iam::123456789012:role/redshift", "123456789012");

    public static PolicyDocument Parse(string json)
    {
        var result = PolicyDocument.Parse(new PolicyText(json, Where));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    /// <summary>A one-statement policy: Allow everything to everyone when <paramref name="condition"/> holds.</summary>
    public static PolicyDocument AllowWhen(string condition) => Parse($$"""
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*","Condition":{{condition}}}]}
        """);

    public static PolicyRequest Request(string action = "s3:GetObject", string resource = "arn:aws:s3:::examplebucket/*", RequestContext? context = null, IamPrincipal? principal = null) =>
        new(principal ?? RedshiftRole, action, resource, context ?? RequestContext.Empty);
}
