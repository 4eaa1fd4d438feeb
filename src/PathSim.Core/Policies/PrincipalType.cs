namespace PathSim.Policies;

/// <summary>The kind of one entry in a <c>Principal</c> element.</summary>
public enum PrincipalType
{
    /// <summary><c>"Principal": "*"</c>, or <c>{"AWS": "*"}</c>: everyone.</summary>
    Anyone,

    /// <summary><c>{"AWS": ...}</c>: an account id, <c>arn:aws:iam::ACCOUNT:root</c>, or a role/user ARN.</summary>
    Aws,

    /// <summary><c>{"Service": "redshift.amazonaws.com"}</c>.</summary>
    Service,

    /// <summary><c>{"Federated": ...}</c>: an identity provider.</summary>
    Federated,

    /// <summary><c>{"CanonicalUser": ...}</c>: an S3 canonical user id.</summary>
    CanonicalUser,
}
