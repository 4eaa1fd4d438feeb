namespace PathSim.Policies;

/// <summary>
/// One authorisation question: may <see cref="Principal"/> perform <see cref="Action"/> on
/// <see cref="Resource"/>, given <see cref="Context"/>? <c>aws:PrincipalArn</c> and
/// <c>aws:PrincipalAccount</c> come from the principal when the context does not set them.
/// </summary>
public sealed record PolicyRequest
{
    public PolicyRequest(IamPrincipal principal, string action, string resource, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentException.ThrowIfNullOrEmpty(resource);
        ArgumentNullException.ThrowIfNull(context);
        Principal = principal;
        Action = action;
        Resource = resource;
        Context = context;
    }

    public IamPrincipal Principal { get; }

    /// <summary>e.g. <c>s3:GetObject</c>.</summary>
    public string Action { get; }

    /// <summary>e.g. <c>arn:aws:s3:::bucket/*</c>.</summary>
    public string Resource { get; }

    public RequestContext Context { get; }

    /// <summary>The context as conditions see it: <see cref="Context"/> plus the principal's keys.</summary>
    public RequestContext EffectiveContext
    {
        get
        {
            var context = Context;
            if (!context.Contains(ConditionKeys.PrincipalArn)) context = context.With(ConditionKeys.PrincipalArn, Principal.Arn);
            if (!context.Contains(ConditionKeys.PrincipalAccount) && Principal.AccountId.Length > 0)
                context = context.With(ConditionKeys.PrincipalAccount, Principal.AccountId);
            return context;
        }
    }

    public override string ToString() => $"{Principal} {Action} {Resource} {Context}";
}
