using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Policies;

/// <summary>
/// A policy with its owner, as <see cref="AccessEvaluator"/> consults it. <see cref="Document"/> is
/// null when the owner has no policy. Parse the owner's <see cref="PolicyText"/> once (and report its
/// diagnostics) before building this.
/// </summary>
public sealed record AttachedPolicy(PolicyOwnerKind OwnerKind, string OwnerId, PolicyDocument? Document, SourceLocation Location)
{
    public static AttachedPolicy Endpoint(VpcEndpoint endpoint, PolicyDocument? document) =>
        new(PolicyOwnerKind.VpcEndpoint, endpoint.Id.Value, document, document?.Source.Location ?? endpoint.Location);

    public static AttachedPolicy Bucket(S3Bucket bucket, PolicyDocument? document) =>
        new(PolicyOwnerKind.Bucket, bucket.Name, document, document?.Source.Location ?? bucket.Location);
}
