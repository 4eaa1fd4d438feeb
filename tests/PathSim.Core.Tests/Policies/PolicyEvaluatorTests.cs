using PathSim.Policies;
using Xunit;
using static PathSim.Core.Tests.Policies.PolicyFixtures;

namespace PathSim.Core.Tests.Policies;

public class PolicyEvaluatorTests
{
    private static PolicyDecision Decide(string statements, PolicyRequest request) =>
        PolicyEvaluator.Evaluate(Parse($$"""{"Version":"2012-10-17","Statement":[{{statements}}]}"""), request);

    private const string AllowGet = """{"Sid":"AllowGet","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::examplebucket/*"}""";
    private const string DenyAll = """{"Sid":"DenyAll","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}""";

    [Fact]
    public void Evaluate_MatchingAllow_AllowsWithThatStatement()
    {
        var d = Decide(AllowGet, Request());

        Assert.Equal(PolicyDecisionKind.Allow, d.Kind);
        Assert.Equal((0, "AllowGet"), (d.Statement!.Index, d.Statement.Sid));
        Assert.Equal(AllowGet, d.Statement.Text);
    }

    [Fact]
    public void Evaluate_DenyAfterAllow_ExplicitDenyWins()
    {
        var d = Decide(AllowGet + "," + DenyAll, Request());

        Assert.Equal(PolicyDecisionKind.ExplicitDeny, d.Kind);
        Assert.Equal((1, "DenyAll"), (d.Statement!.Index, d.Statement.Sid));
    }

    [Fact]
    public void Evaluate_NoStatementApplies_ImplicitDenyWithoutStatement()
    {
        var d = Decide(AllowGet, Request("s3:PutObject"));

        Assert.Equal(PolicyDecisionKind.ImplicitDeny, d.Kind);
        Assert.Null(d.Statement);
    }

    [Fact]
    public void Evaluate_TwoAllows_FirstAllowDecides()
    {
        var d = Decide("""{"Sid":"A","Effect":"Allow","Action":"s3:Get*","Resource":"*"},{"Sid":"B","Effect":"Allow","Action":"*","Resource":"*"}""", Request());

        Assert.Equal("A", d.Statement!.Sid);
    }

    [Theory]
    [InlineData("s3:GetObject", "s3:GetObject", true)]
    [InlineData("s3:getobject", "s3:GetObject", true)]
    [InlineData("S3:GET*", "s3:GetObject", true)]
    [InlineData("s3:Get*", "s3:GetBucketLocation", true)]
    [InlineData("s3:Get*", "s3:PutObject", false)]
    [InlineData("s3:*Object", "s3:PutObject", true)]
    [InlineData("s3:?etObject", "s3:GetObject", true)]
    [InlineData("s3:?etObject", "s3:GGetObject", false)]
    [InlineData("s3:List*", "s3:ListBucket", true)]
    [InlineData("*", "glue:GetTable", true)]
    [InlineData("s3:*", "glue:GetTable", false)]
    public void Evaluate_ActionWildcards_MatchCaseInsensitively(string pattern, string action, bool allowed)
    {
        var d = Decide($$"""{"Effect":"Allow","Action":"{{pattern}}","Resource":"*"}""", Request(action));

        Assert.Equal(allowed ? PolicyDecisionKind.Allow : PolicyDecisionKind.ImplicitDeny, d.Kind);
    }

    [Theory]
    [InlineData("arn:aws:s3:::examplebucket/*", "arn:aws:s3:::examplebucket/*", true)]
    [InlineData("arn:aws:s3:::examplebucket/*", "arn:aws:s3:::examplebucket", false)]
    [InlineData("arn:aws:s3:::examplebucket", "arn:aws:s3:::examplebucket", true)]
    [InlineData("arn:aws:s3:::ExampleBucket", "arn:aws:s3:::examplebucket", false)]
    [InlineData("arn:aws:s3:::example*", "arn:aws:s3:::examplebucket/*", true)]
    [InlineData("arn:aws:s3:::examplebucke?", "arn:aws:s3:::examplebucket", true)]
    [InlineData("arn:aws:s3:::other/*", "arn:aws:s3:::examplebucket/*", false)]
    [InlineData("*", "arn:aws:s3:::examplebucket", true)]
    [InlineData("arn:aws:glue:us-east-1:123456789012:*", "arn:aws:glue:us-east-1:123456789012:catalog", true)]
    public void Evaluate_ResourceWildcards_MatchCaseSensitively(string pattern, string resource, bool allowed)
    {
        var d = Decide($$"""{"Effect":"Allow","Action":"*","Resource":"{{pattern}}"}""", Request(resource: resource));

        Assert.Equal(allowed ? PolicyDecisionKind.Allow : PolicyDecisionKind.ImplicitDeny, d.Kind);
    }

    [Fact]
    public void Evaluate_NotAction_AppliesToEveryOtherAction()
    {
        const string Statement = """{"Sid":"DenyAllButGet","Effect":"Deny","NotAction":["s3:GetObject","s3:List*"],"Resource":"*"},{"Effect":"Allow","Action":"*","Resource":"*"}""";

        Assert.Equal(PolicyDecisionKind.Allow, Decide(Statement, Request("s3:GetObject")).Kind);
        Assert.Equal(PolicyDecisionKind.Allow, Decide(Statement, Request("s3:ListBucket", "arn:aws:s3:::examplebucket")).Kind);
        var put = Decide(Statement, Request("s3:PutObject"));
        Assert.Equal((PolicyDecisionKind.ExplicitDeny, "DenyAllButGet"), (put.Kind, put.Statement!.Sid));
    }

    [Fact]
    public void Evaluate_NotResource_AppliesToEveryOtherResource()
    {
        const string Statement = """{"Sid":"OnlyThisBucket","Effect":"Deny","Action":"s3:*","NotResource":["arn:aws:s3:::examplebucket","arn:aws:s3:::examplebucket/*"]},{"Effect":"Allow","Action":"*","Resource":"*"}""";

        Assert.Equal(PolicyDecisionKind.Allow, Decide(Statement, Request()).Kind);
        var other = Decide(Statement, Request(resource: "arn:aws:s3:::other/*"));
        Assert.Equal((PolicyDecisionKind.ExplicitDeny, "OnlyThisBucket"), (other.Kind, other.Statement!.Sid));
    }

    [Theory]
    [InlineData("\"*\"", true)]
    [InlineData("{\"AWS\":\"*\"}", true)]
    [InlineData("{\"AWS\":\"123456789012\"}", true)]
    [InlineData("{\"AWS\":\"arn:aws:iam::123456789012:root\"}", true)]
    [InlineData("{\"AWS\":\"arn:aws:iam::123456789012:role/redshift\"}", true)]
    [InlineData("{\"AWS\":[\"arn:aws:iam::123456789012:role/other\",\"arn:aws:iam::123456789012:role/redshift\"]}", true)]
    [InlineData("{\"AWS\":\"arn:aws:iam::123456789012:role/other\"}", false)]
    [InlineData("{\"AWS\":\"210987654321\"}", false)]
    [InlineData("{\"AWS\":\"arn:aws:iam::210987654321:root\"}", false)]
    [InlineData("{\"Service\":\"redshift.amazonaws.com\"}", false)]
    [InlineData("{\"Federated\":\"cognito-identity.amazonaws.com\"}", false)]
    public void Evaluate_Principal_MatchesAccountRootOrExactArn(string principal, bool allowed)
    {
        var d = Decide($$"""{"Effect":"Allow","Principal":{{principal}},"Action":"*","Resource":"*"}""", Request());

        Assert.Equal(allowed ? PolicyDecisionKind.Allow : PolicyDecisionKind.ImplicitDeny, d.Kind);
    }

    [Fact]
    public void Evaluate_ServicePrincipal_MatchesThatService()
    {
        var d = Decide("""{"Effect":"Allow","Principal":{"Service":"redshift.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}""",
            Request("sts:AssumeRole", "*", principal: IamPrincipal.Service("redshift.amazonaws.com")));

        Assert.Equal(PolicyDecisionKind.Allow, d.Kind);
    }

    [Fact]
    public void Evaluate_NotPrincipal_DeniesEveryoneElse()
    {
        const string Statements = """
            {"Sid":"DenyOthers","Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:role/redshift"},"Action":"s3:*","Resource":"*"},
            {"Sid":"Allow","Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}
            """;

        var ours = Decide(Statements, Request());
        var theirs = Decide(Statements, Request(principal: new IamPrincipal("arn:aws:iam::123456789012:role/etl", "123456789012")));

        Assert.Equal((PolicyDecisionKind.Allow, "Allow"), (ours.Kind, ours.Statement!.Sid));
        Assert.Equal((PolicyDecisionKind.ExplicitDeny, "DenyOthers"), (theirs.Kind, theirs.Statement!.Sid));
    }

    [Fact]
    public void Evaluate_PrincipalArnCondition_MatchesRoleWildcard()
    {
        const string Statement = """{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*","Condition":{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::123456789012:role/red*"},"StringEquals":{"aws:PrincipalAccount":"123456789012"}}}""";

        Assert.Equal(PolicyDecisionKind.Allow, Decide(Statement, Request()).Kind);
        Assert.Equal(PolicyDecisionKind.ImplicitDeny,
            Decide(Statement, Request(principal: new IamPrincipal("arn:aws:iam::123456789012:role/etl", "123456789012"))).Kind);
    }

    [Fact]
    public void Evaluate_EmptyStatementList_ImplicitDeny()
    {
        var d = PolicyEvaluator.Evaluate(Parse("""{"Statement":[]}"""), Request());

        Assert.Equal(PolicyDecisionKind.ImplicitDeny, d.Kind);
    }

    [Fact]
    public void IamPrincipal_TryFromArn_ReadsAccount()
    {
        Assert.True(IamPrincipal.TryFromArn("arn:aws:iam::123456789012:role/path/redshift", out var role));
        Assert.Equal("123456789012", role.AccountId);
        Assert.True(IamPrincipal.TryFromArn("arn:aws:sts::123456789012:assumed-role/redshift/session", out var session));
        Assert.Equal("123456789012", session.AccountId);
        Assert.False(IamPrincipal.TryFromArn("arn:aws:s3:::bucket", out _));
        Assert.False(IamPrincipal.TryFromArn("arn:aws:iam::12345:role/r", out _));
        Assert.False(IamPrincipal.TryFromArn("redshift", out _));
    }
}
