using System.Diagnostics.CodeAnalysis;
using PathSim.Addressing;
using PathSim.Services;

namespace PathSim.Solver.Tracing;

/// <summary>Where a trace is headed (CLI.md trace DESTINATION): an address, an interface or instance id, or a service.</summary>
public readonly record struct TraceDestination
{
    private TraceDestination(TraceDestinationKind kind, Ipv4Address address, string id, RegionalService service)
    {
        Kind = kind;
        Address = address;
        Id = id;
        Service = service;
    }

    public TraceDestinationKind Kind { get; }

    /// <summary>For <see cref="TraceDestinationKind.Address"/>.</summary>
    public Ipv4Address Address { get; }

    /// <summary>For <see cref="TraceDestinationKind.Interface"/>: an <c>eni-…</c> or <c>i-…</c> id.</summary>
    public string Id { get; }

    /// <summary>For <see cref="TraceDestinationKind.Service"/>.</summary>
    public RegionalService Service { get; }

    public static TraceDestination ForAddress(Ipv4Address address) => new(TraceDestinationKind.Address, address, "", default);
    public static TraceDestination ForInterface(string id) => new(TraceDestinationKind.Interface, default, id, default);
    public static TraceDestination ForService(RegionalService service) => new(TraceDestinationKind.Service, default, "", service);

    /// <summary>An IPv4 address, <c>service:region</c>, or else an interface/instance id (checked against the model when traced).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TraceDestination destination)
    {
        destination = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (Ipv4Address.TryParse(text, out var address)) destination = ForAddress(address);
        else if (RegionalService.TryParse(text, out var service)) destination = ForService(service);
        else destination = ForInterface(text);
        return true;
    }

    public override string ToString() => Kind switch
    {
        TraceDestinationKind.Address => Address.ToString(),
        TraceDestinationKind.Interface => Id,
        _ => Service.ToString(),
    };
}
