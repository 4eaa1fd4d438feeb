using System.Globalization;

namespace PathSim.Generation;

/// <summary>
/// One generated AWS account: a block of consecutive VPCs and the buckets their clusters use
/// (raw events for COPY, exports for UNLOAD — one of them in another region —, a lake for Spectrum).
/// </summary>
internal sealed record AccountPlan(int Index, string Id)
{
    /// <summary>VPCs per account; a real organisation has tens of accounts with a few dozen VPCs each.</summary>
    public const int VpcsPerAccount = 20;

    public static AccountPlan ForVpc(int vpcIndex)
    {
        int index = vpcIndex / VpcsPerAccount;
        return new AccountPlan(index, (100_000_000_000L + index * 7_919L).ToString(CultureInfo.InvariantCulture));
    }

    public string RawEventsBucket => $"raw-events-{Id}";
    public string ExportsBucket => $"exports-{Id}";
    public string DisasterRecoveryExportsBucket => $"exports-dr-{Id}";
    public string LakeBucket => $"lake-{Id}";

    /// <summary>Every fifth account guards its lake with an endpoint-only bucket policy (E4, RS5: Spectrum is denied).</summary>
    public bool LakeRestrictedToEndpoints => Index % 5 == 2;
}
