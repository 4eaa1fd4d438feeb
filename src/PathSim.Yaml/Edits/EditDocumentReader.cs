using PathSim.Topology;
using PathSim.WhatIf;
using PathSim.Yaml.Schema;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Edits;

/// <summary>
/// Turns a loaded edits document into <see cref="TopologyEdit"/>s. Each item of <c>edits:</c> is a
/// one-key mapping naming the operation; resources, routes and rules inside it are read by the
/// topology reader (<see cref="TopologyDocumentReader"/>), so they are written exactly as in a topology.
/// </summary>
internal sealed class EditDocumentReader(ReadContext ctx, NetworkTopology topology)
{
    private static readonly string[] TopLevel = ["pathsim", "description", "edits"];
    private static readonly string[] Operations =
    [
        "add", "replace", "remove", "add_route", "replace_route", "remove_route", "add_rule", "replace_rule", "remove_rule",
        "attach_endpoint", "detach_endpoint", "set",
    ];
    private static readonly string[] RouteKeys = ["route_table", "destination", "target", "origin", "state"];
    private static readonly string[] RemoveRouteKeys = ["route_table", "destination"];
    private static readonly string[] EndpointKeys = ["endpoint", "route_table"];
    private static readonly string[] RuleKeys = ["security_group", "network_acl", "ingress", "egress"];
    private static readonly string[] ReplaceRuleKeys = [.. RuleKeys, "with"];

    private readonly TopologyDocumentReader _resources = CreateResourceReader(ctx, topology);

    private static TopologyDocumentReader CreateResourceReader(ReadContext ctx, NetworkTopology topology)
    {
        var reader = new TopologyDocumentReader(ctx);
        reader.KnowIdsOf(topology);
        return reader;
    }

    public List<TopologyEdit> Read(YamlNode root)
    {
        var edits = new List<TopologyEdit>();
        if (TopologySection(root) is { } section)
        {
            // A topology passed as --edit would otherwise give one "unknown key" per section.
            ctx.Report(TopologyGivenAsEdits, section, section.Value);
            return edits;
        }
        var top = MappingReader.Open(ctx, root, "the edits file", "the edits file", TopLevel, idKey: null);
        if (top is null) return edits;
        if (top.Present("pathsim", required: true) is { } version && (!version.IsScalar || version.Value != "1"))
            ctx.Report(UnsupportedFormatVersion, version, version.IsScalar ? version.Value : "(not a number)");
        top.String("description");
        var items = top.Sequence("edits", required: true);
        if (items is null) return edits;
        for (int i = 0; i < items.Count; i++) ReadEdit(items[i], $"edits[{i}]", edits);
        return edits;
    }

    /// <summary>The first topology section key of a mapping without an <c>edits</c> key: the file is a topology, not edits.</summary>
    private static YamlNode? TopologySection(YamlNode root)
    {
        if (!root.IsMapping || root.Pairs.Any(p => p.Key.IsScalar && p.Key.Value == "edits")) return null;
        return root.Pairs.Select(p => p.Key).FirstOrDefault(k => k.IsScalar && (k.Value == "region" || TopologyDocumentReader.ResourceSections.Contains(k.Value)));
    }

    private void ReadEdit(YamlNode item, string label, List<TopologyEdit> edits)
    {
        if (!item.IsMapping || item.Pairs.Count != 1 || !item.Pairs[0].Key.IsScalar)
        {
            ctx.Report(WrongType, item, label, $"a mapping with one key, the edit ({string.Join(", ", Operations)})");
            return;
        }
        var (key, value) = item.Pairs[0];
        var location = ctx.At(item);
        void Add(TopologyEdit? edit)
        {
            if (edit is not null) edits.Add(edit with { Location = location });
        }
        switch (key.Value)
        {
            case "add": foreach (var r in Resources(value, label)) Add(new AddResource(r)); break;
            case "replace": foreach (var r in Resources(value, label)) Add(new ReplaceResource(r)); break;
            case "remove": foreach (var target in References(value, label)) Add(new RemoveResource(target)); break;
            case "add_route": Add(Route(value, label, replace: false)); break;
            case "replace_route": Add(Route(value, label, replace: true)); break;
            case "remove_route": Add(RemoveRoute(value, label)); break;
            case "add_rule" or "replace_rule" or "remove_rule": Add(Rule(value, label, key.Value)); break;
            case "attach_endpoint" or "detach_endpoint": Add(Endpoint(value, label, detach: key.Value == "detach_endpoint")); break;
            case "set": foreach (var edit in Set(value, label)) edits.Add(edit); break;
            default:
                string? near = KeySuggestion.Closest(key.Value, Operations);
                ctx.Report(UnknownKey, key, key.Value, label, near is null ? $" (edits are {string.Join(", ", Operations)})" : $" (did you mean '{near}'?)");
                break;
        }
    }

    private List<TopologyResource> Resources(YamlNode value, string label)
    {
        var fragment = MappingReader.Open(ctx, value, "resources", label, [.. TopologyDocumentReader.ResourceSections], idKey: null);
        if (fragment is null) return [];
        var resources = _resources.ReadResources(fragment);
        if (resources.Count == 0 && fragment.Node.Pairs.Count == 0)
            ctx.Report(WrongType, value, label, "a mapping of resource sections (nat_gateways: [...], ...)");
        return resources;
    }

    private List<ResourceReference> References(YamlNode value, string label)
    {
        if (value.IsSequence && value.Items.Count == 0)
        {
            ctx.Report(WrongType, value, label, "an id ([KIND:]ID) or a list of ids; 'remove: []' lists none");
            return [];
        }
        var items = value.IsSequence ? value.Items : [value];
        var references = new List<ResourceReference>();
        foreach (var item in items)
        {
            if (item.IsScalar && !item.IsNull && item.Value.Length > 0 && !item.Value.Any(char.IsWhiteSpace))
                references.Add(ResourceReference.Parse(item.Value));
            else
                ctx.Report(WrongType, item, label, "an id ([KIND:]ID) or a list of ids");
        }
        return references;
    }

    private TopologyEdit? Route(YamlNode value, string label, bool replace)
    {
        var m = MappingReader.Open(ctx, value, "route edit", label, RouteKeys, idKey: null);
        if (m is null) return null;
        var table = m.Id("route_table", "route table");
        var route = _resources.ReadEditRoute(m, table ?? "");
        if (table is null || route is null) return null;
        var id = new RouteTableId(table);
        return replace ? new ReplaceRoute(id, route) : new AddRoute(id, route);
    }

    private TopologyEdit? RemoveRoute(YamlNode value, string label)
    {
        var m = MappingReader.Open(ctx, value, "route edit", label, RemoveRouteKeys, idKey: null);
        if (m is null) return null;
        var table = m.Id("route_table", "route table");
        var destination = _resources.ReadEditDestination(m);
        return table is null || destination is null ? null : new RemoveRoute(new RouteTableId(table), destination.Value);
    }

    private TopologyEdit? Endpoint(YamlNode value, string label, bool detach)
    {
        var m = MappingReader.Open(ctx, value, "endpoint edit", label, EndpointKeys, idKey: null);
        if (m is null) return null;
        var endpoint = m.Id("endpoint", "VPC endpoint");
        var table = m.Id("route_table", "route table");
        if (endpoint is null || table is null) return null;
        return detach
            ? new DetachEndpoint(new VpcEndpointId(endpoint), new RouteTableId(table))
            : new AttachEndpoint(new VpcEndpointId(endpoint), new RouteTableId(table));
    }

    /// <summary><c>security_group:</c> or <c>network_acl:</c>, and the rule under <c>ingress:</c> or <c>egress:</c>.</summary>
    private TopologyEdit? Rule(YamlNode value, string label, string operation)
    {
        var m = MappingReader.Open(ctx, value, "rule edit", label, operation == "replace_rule" ? ReplaceRuleKeys : RuleKeys, idKey: null);
        if (m is null) return null;
        bool isGroup = m.Has("security_group");
        if (isGroup == m.Has("network_acl"))
        {
            ctx.Report(MissingKey, value, label, "security_group or network_acl (exactly one)");
            return null;
        }
        if (m.Has("ingress") == m.Has("egress"))
        {
            ctx.Report(MissingKey, value, label, "ingress or egress (exactly one)");
            return null;
        }
        var direction = m.Has("ingress") ? RuleDirection.Ingress : RuleDirection.Egress;
        string directionKey = direction == RuleDirection.Ingress ? "ingress" : "egress";
        string peerKey = direction == RuleDirection.Ingress ? "source" : "destination";
        return isGroup
            ? GroupRule(m, label, operation, direction, directionKey, peerKey)
            : AclEntry(m, label, operation, direction, directionKey, peerKey);
    }

    private TopologyEdit? GroupRule(MappingReader m, string label, string operation, RuleDirection direction, string directionKey, string peerKey)
    {
        var group = m.Id("security_group", "security group");
        var keys = direction == RuleDirection.Ingress ? TopologySchema.IngressRule : TopologySchema.EgressRule;
        SecurityGroupRule? ReadAt(string key) =>
            MappingReader.Open(ctx, m.ValueNode(key)!, $"{directionKey} rule", $"{key} of {label}", keys, idKey: null) is { } r
                ? _resources.ReadEditRule(r, peerKey, group ?? "")
                : null;
        var rule = ReadAt(directionKey);
        if (operation == "replace_rule" && !m.Has("with"))
        {
            ctx.Report(MissingKey, m.Node, label, "with");
            return null;
        }
        var replacement = operation == "replace_rule" ? ReadAt("with") : null;
        if (group is null || rule is null || (operation == "replace_rule" && replacement is null)) return null;
        var id = new SecurityGroupId(group);
        return operation switch
        {
            "add_rule" => new AddSecurityGroupRule(id, direction, rule),
            "remove_rule" => new RemoveSecurityGroupRule(id, direction, rule),
            _ => new ReplaceSecurityGroupRule(id, direction, rule, replacement!),
        };
    }

    private TopologyEdit? AclEntry(MappingReader m, string label, string operation, RuleDirection direction, string directionKey, string peerKey)
    {
        var acl = m.Id("network_acl", "network ACL");
        if (m.Has("with"))
        {
            ctx.Report(UnknownKey, m.Node, "with", label, " (a network ACL entry is replaced by its rule number: write the new entry under ingress/egress)");
            return null;
        }
        var node = m.ValueNode(directionKey)!;
        if (operation == "remove_rule" && node.IsScalar)
        {
            var number = _resources.ReadRuleNumber(m, directionKey);
            return acl is null || number is null ? null : new RemoveNetworkAclEntry(new NetworkAclId(acl), direction, number.Value);
        }
        var keys = operation == "remove_rule" ? ["rule"] : direction == RuleDirection.Ingress ? TopologySchema.IngressEntry : TopologySchema.EgressEntry;
        var e = MappingReader.Open(ctx, node, $"{directionKey} entry", $"{directionKey} of {label}", keys, idKey: null);
        if (e is null || acl is null) return null;
        var id = new NetworkAclId(acl);
        if (operation == "remove_rule")
            return _resources.ReadRuleNumber(e, "rule") is { } n ? new RemoveNetworkAclEntry(id, direction, n) : null;
        var entry = _resources.ReadEditEntry(e, peerKey, acl);
        if (entry is null) return null;
        return operation == "add_rule" ? new AddNetworkAclEntry(id, direction, entry) : new ReplaceNetworkAclEntry(id, direction, entry);
    }

    /// <summary><c>set: { KIND: ID, field: value, ... }</c>: one <see cref="SetField"/> per field, located at the field.</summary>
    private List<TopologyEdit> Set(YamlNode value, string label)
    {
        var edits = new List<TopologyEdit>();
        if (!value.IsMapping)
        {
            ctx.Report(WrongType, value, label, "a mapping: the resource (KIND: ID) and the fields to set");
            return edits;
        }
        // The first key names the resource; field names such as `route_table` or `subnet` are kind names too.
        var (kindKey, idNode) = value.Pairs.Count > 0 ? value.Pairs[0] : default;
        if (kindKey is null || !kindKey.IsScalar || !ResourceKindNames.TryParse(kindKey.Value, out var kind))
        {
            ctx.Report(MissingKey, value, label, $"the resource to change as its first key ({ResourceKindNames.ListWireNames()}: ID)");
            return edits;
        }
        if (!idNode.IsScalar || idNode.IsNull || idNode.Value.Length == 0)
        {
            ctx.Report(WrongType, idNode, kindKey.Value, $"a {kind.ToDisplayName()} id");
            return edits;
        }
        var target = new ResourceReference(kind, idNode.Value);
        var settable = SettableFields.Names(kind);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, field) in value.Pairs)
        {
            if (ReferenceEquals(key, kindKey)) continue;
            if (!key.IsScalar) { ctx.Report(WrongType, key, "(key)", "a plain string"); continue; }
            if (!seen.Add(key.Value)) { ctx.Report(DuplicateKey, key, key.Value); continue; }
            if (!settable.Contains(key.Value))
            {
                string? near = KeySuggestion.Closest(key.Value, settable);
                ctx.Report(UnknownKey, key, key.Value, $"set of {kind.ToDisplayName()} '{target.Id}'",
                    near is null ? $" (settable: {string.Join(", ", settable)})" : $" (did you mean '{near}'?)");
                continue;
            }
            if (FieldValueOf(value, field, key.Value) is { } fieldValue)
                edits.Add(new SetField(target, key.Value, fieldValue) { Location = ctx.At(key) });
        }
        if (seen.Count == 0) ctx.Report(MissingKey, value, label, "a field to set");
        return edits;
    }

    private FieldValue? FieldValueOf(YamlNode owner, YamlNode node, string key)
    {
        if (node.IsNull) return FieldValue.Null;
        if (node.IsScalar) return FieldValue.Of(node.Value);
        if (node.IsSequence && node.Items.All(i => i.IsScalar && !i.IsNull)) return FieldValue.OfList(node.Items.Select(i => i.Value));
        if (node.IsMapping && key == "policy")
        {
            // The policy reader converts a YAML policy to JSON exactly as in a topology file.
            var holder = MappingReader.Open(ctx, owner, "set", "set", [.. owner.Pairs.Select(p => p.Key.Value)], idKey: null);
            return holder is not null && PolicyReader.Read(holder, key) is { } policy ? FieldValue.Of(policy.Json) : null;
        }
        ctx.Report(WrongType, node, key, "a value, a list of values, or null");
        return null;
    }
}
