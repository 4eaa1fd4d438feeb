using PathSim.Diagnostics;
using PathSim.Policies;
using PathSim.Topology;
using Xunit;
using static PathSim.Core.Tests.Policies.PolicyFixtures;

namespace PathSim.Core.Tests.Policies;

public class PolicyParserTests
{
    private static string[] Messages(string json)
    {
        var result = PolicyDocument.Parse(new PolicyText(json, Where));
        Assert.Null(result.Document);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal("PS2107", d.Id);
            Assert.Equal(Where, d.Location);
        });
        return [.. result.Diagnostics.Select(d => d.Message)];
    }

    [Fact]
    public void Parse_SingleStatementObject_ReadsEveryElement()
    {
        var doc = Parse("""
            {"Version":"2012-10-17","Id":"P1","Statement":{"Sid":"S","Effect":"Deny","NotPrincipal":{"AWS":["111122223333","arn:aws:iam::111122223333:role/r"],"Service":"redshift.amazonaws.com"},
             "NotAction":"s3:Get*","NotResource":["arn:aws:s3:::b","arn:aws:s3:::b/*"],"Condition":{"StringNotEqualsIfExists":{"aws:SourceVpce":["vpce-1","vpce-2"]},"Bool":{"aws:SecureTransport":false}}}}
            """);

        Assert.Equal("2012-10-17", doc.Version);
        Assert.Equal("P1", doc.Id);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(0, s.Index);
        Assert.Equal("S", s.Sid);
        Assert.Equal(PolicyEffect.Deny, s.Effect);
        Assert.True(s.IsNotPrincipal);
        Assert.Equal(
            [new PolicyPrincipalEntry(PrincipalType.Aws, "111122223333"), new PolicyPrincipalEntry(PrincipalType.Aws, "arn:aws:iam::111122223333:role/r"),
             new PolicyPrincipalEntry(PrincipalType.Service, "redshift.amazonaws.com")],
            s.Principal!.Entries);
        Assert.True(s.IsNotAction);
        Assert.Equal(["s3:Get*"], s.Actions);
        Assert.True(s.IsNotResource);
        Assert.Equal(["arn:aws:s3:::b", "arn:aws:s3:::b/*"], s.Resources);
        Assert.Equal(
            [new PolicyCondition(new ConditionOperator(ConditionOperatorKind.StringNotEquals, true, ConditionSetQualifier.None), "aws:SourceVpce", ["vpce-1", "vpce-2"]),
             new PolicyCondition(new ConditionOperator(ConditionOperatorKind.Bool, false, ConditionSetQualifier.None), "aws:SecureTransport", ["false"])],
            s.Conditions);
        Assert.StartsWith("{\"Sid\":\"S\",\"Effect\":\"Deny\"", s.Text);
    }

    [Fact]
    public void Parse_StatementArray_KeepsIndexSidAndText()
    {
        var doc = Parse("""{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}, {"Sid":"Two","Effect":"Deny","Principal":{"AWS":"*"},"Action":["s3:PutObject"],"Resource":"*"}]}""");

        Assert.Null(doc.Version);
        Assert.Equal(2, doc.Statements.Count);
        Assert.Equal((0, (string?)null), (doc.Statements[0].Index, doc.Statements[0].Sid));
        Assert.Null(doc.Statements[0].Principal);
        Assert.Equal((1, "Two"), (doc.Statements[1].Index, doc.Statements[1].Sid));
        Assert.Equal("""{"Sid":"Two","Effect":"Deny","Principal":{"AWS":"*"},"Action":["s3:PutObject"],"Resource":"*"}""", doc.Statements[1].Text);
        Assert.Equal(PrincipalType.Anyone, Assert.Single(doc.Statements[1].Principal!.Entries).Type);
        Assert.Equal("#1 \"Two\"", doc.Statements[1].DisplayName);
    }

    [Fact]
    public void Parse_ForAnyValueAndIfExistsOperators_AreReadCaseInsensitively()
    {
        var doc = AllowWhen("""{"forallvalues:stringlikeifexists":{"aws:TagKeys":"a*"}}""");

        Assert.Equal(new ConditionOperator(ConditionOperatorKind.StringLike, true, ConditionSetQualifier.ForAllValues), doc.Statements[0].Conditions[0].Operator);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsPs2107WithLine()
    {
        // topology.yaml:12:7: error PS2107: the policy document is not valid: $: malformed JSON (JSON line 2, ...)
        var message = Assert.Single(Messages("{\"Statement\": [\n  {\"Effect\": \"Allow\",]}"));
        Assert.StartsWith("the policy document is not valid: $: malformed JSON (JSON line 2, byte ", message);
    }

    [Fact]
    public void Parse_NotAnObject_ReportsRoot()
    {
        Assert.Equal(["the policy document is not valid: $: expected an object, found an array"], Messages("[]"));
    }

    [Fact]
    public void Parse_MissingStatement_ReportsRoot()
    {
        Assert.Equal(["the policy document is not valid: $: the policy has no 'Statement'"], Messages("""{"Version":"2012-10-17"}"""));
    }

    [Fact]
    public void Parse_BadVersionAndBadEffect_ReportsBothWithPaths()
    {
        Assert.Equal(
            ["the policy document is not valid: $.Version: '2020-01-01' is not a policy language version (2012-10-17 or 2008-10-17)",
             "the policy document is not valid: $.Statement[1].Effect: 'allow' is not \"Allow\" or \"Deny\""],
            Messages("""{"Version":"2020-01-01","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"allow","Action":"*","Resource":"*"}]}"""));
    }

    [Fact]
    public void Parse_StatementErrors_ReportsEachPath()
    {
        Assert.Equal(
            ["the policy document is not valid: $.Statement.Effect: expected a string, found the number 1",
             "the policy document is not valid: $.Statement: the statement has both 'Principal' and 'NotPrincipal'",
             "the policy document is not valid: $.Statement: the statement has neither 'Action' nor 'NotAction'",
             "the policy document is not valid: $.Statement.Resource[1]: expected a string, found the number 3"],
            Messages("""{"Statement":{"Effect":1,"Principal":"*","NotPrincipal":"*","Resource":["*",3]}}"""));
    }

    [Fact]
    public void Parse_UnknownAndMiscasedElements_AreReported()
    {
        Assert.Equal(
            ["the policy document is not valid: $.Statement[0].effect: unknown element (element names are case-sensitive: did you mean 'Effect'?)",
             "the policy document is not valid: $.Statement[0].Foo: unknown element (expected one of Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition)",
             "the policy document is not valid: $.Statement[0]: the statement has no 'Effect'"],
            Messages("""{"Statement":[{"effect":"Allow","Foo":1,"Action":"*","Resource":"*"}]}"""));
    }

    [Fact]
    public void Parse_DuplicateElement_IsReported()
    {
        Assert.Equal(["the policy document is not valid: $.Statement.Effect: the element appears twice"],
            Messages("""{"Statement":{"Effect":"Allow","Effect":"Deny","Action":"*","Resource":"*"}}"""));
    }

    [Fact]
    public void Parse_BadActionResourceAndPrincipal_AreReported()
    {
        Assert.Equal(
            ["the policy document is not valid: $.Statement.Principal: a principal string must be \"*\"; name others as {\"AWS\": ...}, found '123456789012'",
             "the policy document is not valid: $.Statement.Action[0]: 'GetObject' is not an action ('service:Action', wildcards allowed, or \"*\")",
             "the policy document is not valid: $.Statement.Resource: 'examplebucket' is not an ARN (arn:partition:service:region:account:resource) or \"*\""],
            Messages("""{"Statement":{"Effect":"Allow","Principal":"123456789012","Action":["GetObject"],"Resource":"examplebucket"}}"""));
    }

    [Fact]
    public void Parse_BadConditions_ReportOperatorKeyAndValuePaths()
    {
        Assert.Equal(
            ["the policy document is not valid: $.Statement.Condition.StringEqualz: 'StringEqualz' is not a condition operator",
             "the policy document is not valid: $.Statement.Condition.IpAddress.aws:SourceIp: '10.0.0.300/8' is not an IP address or CIDR range",
             "the policy document is not valid: $.Statement.Condition.Bool.aws:SecureTransport: 'yes' is not true or false",
             "the policy document is not valid: $.Statement.Condition.StringEquals.aws:UserAgent[1]: expected a string, number or boolean, found an object",
             "the policy document is not valid: $.Statement.Condition.NullIfExists: 'NullIfExists' is not a condition operator"],
            Messages("""
                {"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{
                  "StringEqualz":{"aws:UserAgent":"x"},
                  "IpAddress":{"aws:SourceIp":"10.0.0.300/8"},
                  "Bool":{"aws:SecureTransport":"yes"},
                  "StringEquals":{"aws:UserAgent":["x",{}]},
                  "NullIfExists":{"aws:SourceIp":"true"}}}}
                """));
    }

    [Fact]
    public void Parse_Diagnostic_RendersAtPolicyLocation()
    {
        var d = Assert.Single(PolicyDocument.Parse(new PolicyText("""{"Statement":{"Effect":"Allow","Action":"*"}}""", Where)).Diagnostics);

        Assert.Equal("topology.yaml:12:7: error PS2107: the policy document is not valid: $.Statement: the statement has neither 'Resource' nor 'NotResource'", d.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"Statement\":")]
    [InlineData("{\"Statement\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    [InlineData("{\"Statement\":[null, 5, \"x\"]}")]
    public void Parse_Garbage_NeverThrows(string json)
    {
        var result = PolicyDocument.Parse(new PolicyText(json, Where));

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticDescriptors.InvalidPolicy, d.Descriptor));
    }
}
