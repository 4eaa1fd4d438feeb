using PathSim.Policies;
using Xunit;
using static PathSim.Core.Tests.Policies.PolicyFixtures;

namespace PathSim.Core.Tests.Policies;

/// <summary>
/// Every condition operator, present and missing keys. Missing keys follow the IAM User Guide
/// ("Condition operators"): plain operators false, negated operators true, ...IfExists true, Null on presence.
/// </summary>
public class ConditionEvaluatorTests
{
    private static bool Holds(string condition, RequestContext context) =>
        PolicyEvaluator.Evaluate(AllowWhen(condition), Request(context: context)).Kind == PolicyDecisionKind.Allow;

    private static RequestContext Ctx(string key, params string[] values) => RequestContext.Empty.With(key, values);

    private static readonly RequestContext None = RequestContext.Empty;

    [Theory]
    // operator, key, policy value(s) as JSON, context value (null = key missing), expected
    [InlineData("StringEquals", "aws:UserAgent", "\"AWS Redshift/Spectrum\"", "AWS Redshift/Spectrum", true)]
    [InlineData("StringEquals", "aws:UserAgent", "\"AWS Redshift/Spectrum\"", "aws redshift/spectrum", false)]
    [InlineData("StringEquals", "aws:UserAgent", "[\"a\",\"AWS Redshift/Spectrum\"]", "AWS Redshift/Spectrum", true)]
    [InlineData("StringEquals", "aws:UserAgent", "\"AWS Redshift/Spectrum\"", null, false)]
    [InlineData("StringNotEquals", "aws:SourceVpce", "\"vpce-1\"", "vpce-1", false)]
    [InlineData("StringNotEquals", "aws:SourceVpce", "\"vpce-1\"", "vpce-2", true)]
    [InlineData("StringNotEquals", "aws:SourceVpce", "[\"vpce-1\",\"vpce-2\"]", "vpce-2", false)]
    [InlineData("StringNotEquals", "aws:SourceVpce", "[\"vpce-1\",\"vpce-2\"]", "vpce-3", true)]
    [InlineData("StringNotEquals", "aws:SourceVpce", "\"vpce-1\"", null, true)]
    [InlineData("StringEqualsIgnoreCase", "aws:UserAgent", "\"aws redshift/SPECTRUM\"", "AWS Redshift/Spectrum", true)]
    [InlineData("StringEqualsIgnoreCase", "aws:UserAgent", "\"x\"", null, false)]
    [InlineData("StringNotEqualsIgnoreCase", "aws:UserAgent", "\"aws redshift/SPECTRUM\"", "AWS Redshift/Spectrum", false)]
    [InlineData("StringNotEqualsIgnoreCase", "aws:UserAgent", "\"x\"", null, true)]
    [InlineData("StringLike", "aws:SourceVpce", "\"vpce-0a*\"", "vpce-0abc", true)]
    [InlineData("StringLike", "aws:SourceVpce", "\"vpce-0a?c\"", "vpce-0abc", true)]
    [InlineData("StringLike", "aws:SourceVpce", "\"VPCE-0a*\"", "vpce-0abc", false)]
    [InlineData("StringLike", "aws:SourceVpce", "\"*\"", null, false)]
    [InlineData("StringNotLike", "aws:SourceVpce", "\"vpce-0a*\"", "vpce-0abc", false)]
    [InlineData("StringNotLike", "aws:SourceVpce", "\"vpce-0a*\"", "vpce-9", true)]
    [InlineData("StringNotLike", "aws:SourceVpce", "\"vpce-0a*\"", null, true)]
    [InlineData("ArnEquals", "aws:PrincipalArn", "\"arn:aws:iam::123456789012:role/redshift\"", "arn:aws:iam::123456789012:role/redshift", true)]
    [InlineData("ArnEquals", "aws:PrincipalArn", "\"arn:aws:iam::123456789012:role/Redshift\"", "arn:aws:iam::123456789012:role/redshift", false)]
    [InlineData("ArnEquals", "aws:SourceArn", "\"arn:aws:iam::123456789012:role/redshift\"", null, false)]
    [InlineData("ArnLike", "aws:PrincipalArn", "\"arn:aws:iam::*:role/red*\"", "arn:aws:iam::123456789012:role/redshift", true)]
    [InlineData("ArnLike", "aws:PrincipalArn", "\"arn:aws:iam::*\"", "arn:aws:iam::123456789012:role/redshift", false)]
    [InlineData("ArnLike", "aws:SourceArn", "\"arn:*\"", null, false)]
    [InlineData("ArnNotLike", "aws:PrincipalArn", "\"arn:aws:iam::*:role/red*\"", "arn:aws:iam::123456789012:role/redshift", false)]
    [InlineData("ArnNotLike", "aws:PrincipalArn", "\"arn:aws:iam::*:role/etl\"", "arn:aws:iam::123456789012:role/redshift", true)]
    [InlineData("ArnNotLike", "aws:SourceArn", "\"arn:*\"", null, true)]
    [InlineData("ArnNotEquals", "aws:PrincipalArn", "\"arn:aws:iam::123456789012:role/redshift\"", "arn:aws:iam::123456789012:role/redshift", false)]
    [InlineData("ArnNotEquals", "aws:SourceArn", "\"arn:aws:iam::123456789012:role/redshift\"", null, true)]
    [InlineData("Bool", "aws:SecureTransport", "\"true\"", "true", true)]
    [InlineData("Bool", "aws:SecureTransport", "true", "TRUE", true)]
    [InlineData("Bool", "aws:SecureTransport", "false", "true", false)]
    [InlineData("Bool", "aws:SecureTransport", "\"false\"", null, false)]
    [InlineData("IpAddress", "aws:SourceIp", "\"203.0.113.0/24\"", "203.0.113.9", true)]
    [InlineData("IpAddress", "aws:SourceIp", "\"203.0.113.7/24\"", "203.0.113.9", true)]
    [InlineData("IpAddress", "aws:SourceIp", "[\"198.51.100.1\",\"203.0.113.9\"]", "203.0.113.9", true)]
    [InlineData("IpAddress", "aws:SourceIp", "\"203.0.113.0/24\"", "198.51.100.1", false)]
    [InlineData("IpAddress", "aws:SourceIp", "\"2001:db8::/32\"", "203.0.113.9", false)]
    [InlineData("IpAddress", "aws:SourceIp", "\"0.0.0.0/0\"", null, false)]
    [InlineData("NotIpAddress", "aws:SourceIp", "\"203.0.113.0/24\"", "203.0.113.9", false)]
    [InlineData("NotIpAddress", "aws:SourceIp", "\"203.0.113.0/24\"", "198.51.100.1", true)]
    [InlineData("NotIpAddress", "aws:SourceIp", "\"0.0.0.0/0\"", null, true)]
    [InlineData("NumericLessThan", "s3:max-keys", "\"10\"", "9", true)]
    [InlineData("NumericLessThan", "s3:max-keys", "10", "10", false)]
    [InlineData("NumericLessThanEquals", "s3:max-keys", "10", "10", true)]
    [InlineData("NumericGreaterThan", "s3:max-keys", "10", "11", true)]
    [InlineData("NumericGreaterThanEquals", "s3:max-keys", "10", "9", false)]
    [InlineData("NumericEquals", "s3:max-keys", "10", "10.0", true)]
    [InlineData("NumericNotEquals", "s3:max-keys", "10", "10", false)]
    [InlineData("NumericNotEquals", "s3:max-keys", "10", null, true)]
    [InlineData("NumericLessThan", "s3:max-keys", "10", null, false)]
    [InlineData("DateLessThan", "aws:CurrentTime", "\"2027-01-01T00:00:00Z\"", "2026-12-03T16:00:00Z", true)]
    [InlineData("DateGreaterThan", "aws:CurrentTime", "\"2027-01-01T00:00:00Z\"", "2026-12-03T16:00:00Z", false)]
    [InlineData("DateEquals", "aws:EpochTime", "\"1767225600\"", "2026-01-01T00:00:00Z", true)]
    [InlineData("DateNotEquals", "aws:CurrentTime", "\"2027-01-01T00:00:00Z\"", null, true)]
    [InlineData("DateLessThanEquals", "aws:CurrentTime", "\"2027-01-01T00:00:00Z\"", "2027-01-01T00:00:00Z", true)]
    [InlineData("DateGreaterThanEquals", "aws:CurrentTime", "\"2027-01-01T00:00:00Z\"", null, false)]
    [InlineData("BinaryEquals", "aws:Bin", "\"QmluYXJ5\"", "QmluYXJ5", true)]
    [InlineData("BinaryEquals", "aws:Bin", "\"QmluYXJ5\"", null, false)]
    public void Operator_PresentOrMissingKey_DecidesAsIam(string op, string key, string policyValues, string? contextValue, bool holds)
    {
        var context = contextValue is null ? None : Ctx(key, contextValue);

        Assert.Equal(holds, Holds("{\"" + op + "\":{\"" + key + "\":" + policyValues + "}}", context));
    }

    [Theory]
    [InlineData("StringEqualsIfExists", "\"vpce-1\"", "vpce-1", true)]
    [InlineData("StringEqualsIfExists", "\"vpce-1\"", "vpce-2", false)]
    [InlineData("StringEqualsIfExists", "\"vpce-1\"", null, true)]
    [InlineData("StringNotEqualsIfExists", "\"vpce-1\"", "vpce-1", false)]
    [InlineData("StringNotEqualsIfExists", "\"vpce-1\"", null, true)]
    [InlineData("StringEqualsIgnoreCaseIfExists", "\"VPCE-1\"", "vpce-1", true)]
    [InlineData("StringNotEqualsIgnoreCaseIfExists", "\"VPCE-1\"", "vpce-1", false)]
    [InlineData("StringLikeIfExists", "\"vpce-*\"", "vpce-1", true)]
    [InlineData("StringLikeIfExists", "\"x-*\"", "vpce-1", false)]
    [InlineData("StringLikeIfExists", "\"x-*\"", null, true)]
    [InlineData("StringNotLikeIfExists", "\"vpce-*\"", "vpce-1", false)]
    [InlineData("StringNotLikeIfExists", "\"vpce-*\"", null, true)]
    [InlineData("ArnLikeIfExists", "\"arn:aws:ec2:*:*:vpc-endpoint/*\"", null, true)]
    [InlineData("ArnEqualsIfExists", "\"arn:aws:ec2:*:*:vpc-endpoint/*\"", "arn:aws:s3:::b", false)]
    [InlineData("ArnNotLikeIfExists", "\"arn:aws:ec2:*:*:vpc-endpoint/*\"", null, true)]
    [InlineData("ArnNotEqualsIfExists", "\"arn:aws:s3:::b\"", "arn:aws:s3:::b", false)]
    [InlineData("BoolIfExists", "\"false\"", null, true)]
    [InlineData("BoolIfExists", "\"false\"", "true", false)]
    [InlineData("IpAddressIfExists", "\"203.0.113.0/24\"", null, true)]
    [InlineData("IpAddressIfExists", "\"203.0.113.0/24\"", "198.51.100.1", false)]
    [InlineData("NotIpAddressIfExists", "\"203.0.113.0/24\"", "203.0.113.1", false)]
    [InlineData("NotIpAddressIfExists", "\"203.0.113.0/24\"", null, true)]
    [InlineData("NumericLessThanIfExists", "5", null, true)]
    [InlineData("DateLessThanIfExists", "\"2020-01-01T00:00:00Z\"", null, true)]
    [InlineData("BinaryEqualsIfExists", "\"QQ==\"", null, true)]
    public void IfExists_MissingKeyTrue_PresentKeyAsBaseOperator(string op, string policyValues, string? contextValue, bool holds)
    {
        // aws:SourceVpce as the key for string forms, others just need some value of the key to test.
        const string Key = "aws:SourceVpce";
        var context = contextValue is null ? None : Ctx(Key, contextValue);

        Assert.Equal(holds, Holds("{\"" + op + "\":{\"" + Key + "\":" + policyValues + "}}", context));
    }

    [Theory]
    [InlineData("\"true\"", null, true)]
    [InlineData("\"true\"", "vpce-1", false)]
    [InlineData("\"false\"", "vpce-1", true)]
    [InlineData("\"false\"", null, false)]
    [InlineData("false", "vpce-1", true)]
    public void Null_TestsPresenceOnly(string policyValue, string? contextValue, bool holds)
    {
        var context = contextValue is null ? None : Ctx("aws:SourceVpce", contextValue);

        Assert.Equal(holds, Holds("{\"Null\":{\"aws:SourceVpce\":" + policyValue + "}}", context));
    }

    [Fact]
    public void ConditionKeys_AreCaseInsensitive()
    {
        Assert.True(Holds("""{"StringEquals":{"AWS:SOURCEVPCE":"vpce-1"}}""", Ctx("aws:sourcevpce", "vpce-1")));
    }

    [Fact]
    public void MultipleKeysInOneOperator_AreAnded()
    {
        const string Condition = """{"StringEquals":{"aws:SourceVpce":"vpce-1","aws:SourceVpc":"vpc-1"}}""";

        Assert.True(Holds(Condition, Ctx("aws:SourceVpce", "vpce-1").With("aws:SourceVpc", "vpc-1")));
        Assert.False(Holds(Condition, Ctx("aws:SourceVpce", "vpce-1").With("aws:SourceVpc", "vpc-2")));
        Assert.False(Holds(Condition, Ctx("aws:SourceVpce", "vpce-1")));
    }

    [Fact]
    public void MultipleOperators_AreAnded()
    {
        const string Condition = """{"StringEquals":{"aws:SourceVpce":"vpce-1"},"Bool":{"aws:SecureTransport":"true"}}""";

        Assert.True(Holds(Condition, Ctx("aws:SourceVpce", "vpce-1").With("aws:SecureTransport", "true")));
        Assert.False(Holds(Condition, Ctx("aws:SourceVpce", "vpce-1").With("aws:SecureTransport", "false")));
    }

    [Theory]
    [InlineData("ForAnyValue:StringEquals", new[] { "a", "z" }, true)]
    [InlineData("ForAnyValue:StringEquals", new[] { "y", "z" }, false)]
    [InlineData("ForAnyValue:StringEquals", new string[0], false)]
    [InlineData("ForAllValues:StringEquals", new[] { "a", "b" }, true)]
    [InlineData("ForAllValues:StringEquals", new[] { "a", "z" }, false)]
    [InlineData("ForAllValues:StringEquals", new string[0], true)]
    [InlineData("ForAnyValue:StringNotEquals", new[] { "a", "z" }, true)]
    [InlineData("ForAllValues:StringNotEquals", new[] { "a", "z" }, false)]
    [InlineData("ForAllValues:StringLike", new[] { "a1", "b1" }, true)]
    public void SetQualifiers_OverMultivaluedKey(string op, string[] contextValues, bool holds)
    {
        var context = contextValues.Length == 0 ? None : Ctx("aws:TagKeys", contextValues);
        var values = op.EndsWith("Like", StringComparison.Ordinal) ? "[\"a*\",\"b*\"]" : "[\"a\",\"b\"]";

        Assert.Equal(holds, Holds("{\"" + op + "\":{\"aws:TagKeys\":" + values + "}}", context));
    }

    [Fact]
    public void ForAnyValueIfExists_MissingKey_Holds()
    {
        Assert.True(Holds("""{"ForAnyValue:StringEqualsIfExists":{"aws:TagKeys":"a"}}""", None));
    }
}
