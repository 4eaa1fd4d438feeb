using System.Numerics;

namespace PathSim.Solver.Symbolic.Bdd;

/// <summary>
/// A reduced ordered binary decision diagram store: every node lives in flat arrays (level, low, high),
/// hash-consed through a unique table so that two equal functions are the same node id, and every
/// binary operation goes through a direct-mapped operation cache (the classic Bryant/BuDDy design that
/// Batfish's JavaBDD also uses). Node ids are plain <c>int</c>s: <see cref="False"/> is 0, <see cref="True"/>
/// is 1, and variable 0 is the top of the order.
/// </summary>
/// <remarks>
/// Nodes are never freed: a factory lives as long as one analysis, which keeps ids stable and the code
/// small. Not thread-safe; use one factory per thread.
/// </remarks>
public sealed class BddFactory
{
    public const int False = 0;
    public const int True = 1;

    /// <summary>The operation cache stops growing at 8 M entries (128 MiB); the node store grows on.</summary>
    private const int MaxCacheEntries = 1 << 23;

    private const int OpAnd = 0, OpOr = 1, OpDiff = 2, OpXor = 3, OpNot = 4, OpExists = 5;

    /// <summary>One node in one 16-byte slot, so a lookup touches one cache line (level, children and chain together).</summary>
    private struct Node
    {
        public int Level;
        public int Low;
        public int High;
        public int Next;   // unique-table chain, -1 = end
    }

    /// <summary>One operation-cache entry in one 16-byte slot: (op, a, b) → result; Op = -1 is empty.</summary>
    private struct CacheEntry
    {
        public int Op;
        public int A;
        public int B;
        public int Result;
    }

    // Invariant: for every internal node n, Level(n) < Level(Low(n)) and Level(n) < Level(High(n)),
    // and Low(n) != High(n); terminals sit at level VariableCount.
    private Node[] _nodes;
    private int[] _buckets;   // unique-table heads, -1 = empty; as long as _nodes
    private int _count;

    // Direct-mapped, as long as _nodes up to MaxCacheEntries; kept (rehashed) when it grows, since node ids never change.
    private CacheEntry[] _cache;
    private long _steps;

    public BddFactory(int variableCount, int initialCapacity = 1 << 14)
    {
        if (variableCount is < 1 or > 1 << 20) throw new ArgumentOutOfRangeException(nameof(variableCount));
        VariableCount = variableCount;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(initialCapacity, 16));
        _nodes = new Node[capacity];
        _buckets = new int[capacity];
        Array.Fill(_buckets, -1);
        _cache = NewCache(capacity);
        for (int t = 0; t < 2; t++) _nodes[t] = new Node { Level = variableCount, Low = t, High = t, Next = -1 };
        _count = 2;
    }

    public int VariableCount { get; }

    /// <summary>Nodes created so far, terminals included (a measure of memory, not of one function).</summary>
    public int NodeCount => _count;

    /// <summary>
    /// Operation steps so far: recursive calls that missed the operation cache and expanded a node. A
    /// measure of work that does not depend on the machine's load (the benchmarks print it).
    /// </summary>
    public long Steps => _steps;

    public int Level(int node) => _nodes[node].Level;
    public int Low(int node) => _nodes[node].Low;
    public int High(int node) => _nodes[node].High;
    public static bool IsTerminal(int node) => node <= True;

    /// <summary>The function "variable is 1".</summary>
    public int Variable(int variable) => MakeNode(CheckVariable(variable), False, True);

    /// <summary>The function "variable is 0".</summary>
    public int NotVariable(int variable) => MakeNode(CheckVariable(variable), True, False);

    /// <summary>
    /// The node (variable ? high : low). Callers must respect the order: both children must test only
    /// variables after <paramref name="variable"/>.
    /// </summary>
    public int MakeNode(int variable, int low, int high)
    {
        if (low == high) return low;
        if (_nodes[low].Level <= variable || _nodes[high].Level <= variable)
            throw new ArgumentException("children must lie below the variable in the order");
        return Unique(variable, low, high);
    }

    public int And(int a, int b) => Apply<AndOperation>(a, b);
    public int Or(int a, int b) => Apply<OrOperation>(a, b);

    /// <summary>a ∧ ¬b.</summary>
    public int Diff(int a, int b) => Apply<DiffOperation>(a, b);
    public int Xor(int a, int b) => Apply<XorOperation>(a, b);
    public int Not(int a) => NotRec(a);

    /// <summary>if f then g else h.</summary>
    public int Ite(int f, int g, int h) => Or(And(f, g), Diff(h, f));

    /// <summary>True when every assignment satisfying a satisfies b.</summary>
    public bool Implies(int a, int b) => Diff(a, b) == False;

    /// <summary>∃ variables first..last (inclusive, a contiguous block of the order) . f.</summary>
    public int Exists(int f, int first, int last)
    {
        if (first < 0 || last >= VariableCount || first > last) throw new ArgumentOutOfRangeException(nameof(first));
        return ExistsRec(f, first, last);
    }

    /// <summary>
    /// Renames variables: the result is f with each variable v read as <paramref name="map"/>[v].
    /// The map may reorder variables (it is rebuilt with <see cref="Ite"/>), so swapping two blocks works.
    /// </summary>
    public int Replace(int f, IReadOnlyList<int> map)
    {
        if (map.Count != VariableCount) throw new ArgumentException("the map must name every variable", nameof(map));
        var memo = new Dictionary<int, int>();
        return ReplaceRec(f, map, memo);
    }

    /// <summary>Number of satisfying assignments over all <see cref="VariableCount"/> variables.</summary>
    public BigInteger SatCount(int f)
    {
        var memo = new Dictionary<int, BigInteger>();
        return SatCountRec(f, memo) << _nodes[f].Level;
    }

    /// <summary>Number of distinct nodes reachable from f, terminals included (the size of one function).</summary>
    public int Size(int f)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(f);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            if (!seen.Add(n) || IsTerminal(n)) continue;
            stack.Push(_nodes[n].Low);
            stack.Push(_nodes[n].High);
        }
        return seen.Count;
    }

    /// <summary>
    /// One satisfying assignment (each variable 0 or 1; variables the function ignores are 0), or null
    /// when f is unsatisfiable. Prefers 0 branches, so it returns the smallest assignment in the order.
    /// </summary>
    public bool[]? AnySatisfying(int f)
    {
        if (f == False) return null;
        var values = new bool[VariableCount];
        while (!IsTerminal(f))
        {
            ref readonly var node = ref _nodes[f];
            if (node.Low != False) f = node.Low;
            else
            {
                values[node.Level] = true;
                f = node.High;
            }
        }
        return values;
    }

    /// <summary>Evaluates f on one full assignment.</summary>
    public bool Evaluate(int f, Func<int, bool> value)
    {
        while (!IsTerminal(f)) f = value(_nodes[f].Level) ? _nodes[f].High : _nodes[f].Low;
        return f == True;
    }

    private int CheckVariable(int variable) =>
        variable >= 0 && variable < VariableCount ? variable : throw new ArgumentOutOfRangeException(nameof(variable));

    private static int Hash(int level, int low, int high)
    {
        uint h = (uint)level * 0x9E3779B1u ^ (uint)low * 0x85EBCA77u ^ (uint)high * 0xC2B2AE3Du;
        return (int)(h ^ (h >> 15));
    }

    private static int CacheHash(int op, int a, int b)
    {
        uint h = (uint)a * 0x9E3779B1u ^ (uint)b * 0x85EBCA77u ^ (uint)op * 0xC2B2AE3Du;
        return (int)(h ^ (h >> 16));
    }

    // The unchecked MakeNode of the operations (their results respect the order by construction).
    private int Unique(int variable, int low, int high)
    {
        if (low == high) return low;
        var nodes = _nodes;
        int bucket = Hash(variable, low, high) & (_buckets.Length - 1);
        for (int n = _buckets[bucket]; n >= 0; n = nodes[n].Next)
        {
            ref readonly var node = ref nodes[n];
            if (node.Level == variable && node.Low == low && node.High == high) return n;
        }
        if (_count == nodes.Length)
        {
            Grow();
            nodes = _nodes;
            bucket = Hash(variable, low, high) & (_buckets.Length - 1);
        }
        int id = _count++;
        nodes[id] = new Node { Level = variable, Low = low, High = high, Next = _buckets[bucket] };
        _buckets[bucket] = id;
        return id;
    }

    private bool TryCached(int op, int a, int b, out int result)
    {
        ref readonly var entry = ref _cache[CacheHash(op, a, b) & (_cache.Length - 1)];
        result = entry.Result;
        if (entry.Op == op && entry.A == a && entry.B == b) return true;
        _steps++;
        return false;
    }

    private int Cache(int op, int a, int b, int result)
    {
        // Looked up again: the cache may have grown during the recursion.
        _cache[CacheHash(op, a, b) & (_cache.Length - 1)] = new CacheEntry { Op = op, A = a, B = b, Result = result };
        return result;
    }

    // The binary recursions: terminal cases first, then the cache, then Shannon expansion on the top
    // variable. One body for every operation, specialised per operation by the JIT (a struct type
    // argument with static members), so there is no switch or delegate call per step.

    private interface IBinaryOperation
    {
        static abstract int Code { get; }
        static abstract bool Commutative { get; }
        static abstract bool TryTerminal(BddFactory factory, int a, int b, out int result);
    }

    private struct AndOperation : IBinaryOperation
    {
        public static int Code => OpAnd;
        public static bool Commutative => true;
        public static bool TryTerminal(BddFactory factory, int a, int b, out int result)
        {
            result = a == False || b == False ? False : a == True || a == b ? b : b == True ? a : -1;
            return result >= 0;
        }
    }

    private struct OrOperation : IBinaryOperation
    {
        public static int Code => OpOr;
        public static bool Commutative => true;
        public static bool TryTerminal(BddFactory factory, int a, int b, out int result)
        {
            result = a == True || b == True ? True : a == False || a == b ? b : b == False ? a : -1;
            return result >= 0;
        }
    }

    private struct DiffOperation : IBinaryOperation
    {
        public static int Code => OpDiff;
        public static bool Commutative => false;
        public static bool TryTerminal(BddFactory factory, int a, int b, out int result)
        {
            result = a == False || b == True || a == b ? False : b == False ? a : a == True ? factory.NotRec(b) : -1;
            return result >= 0;
        }
    }

    private struct XorOperation : IBinaryOperation
    {
        public static int Code => OpXor;
        public static bool Commutative => true;
        public static bool TryTerminal(BddFactory factory, int a, int b, out int result)
        {
            result = a == b ? False : a == False ? b : b == False ? a : a == True ? factory.NotRec(b) : b == True ? factory.NotRec(a) : -1;
            return result >= 0;
        }
    }

    private int Apply<TOperation>(int a, int b) where TOperation : struct, IBinaryOperation
    {
        if (TOperation.TryTerminal(this, a, b, out int done)) return done;
        if (TOperation.Commutative && a > b) (a, b) = (b, a);
        if (TryCached(TOperation.Code, a, b, out int known)) return known;
        ref readonly var na = ref _nodes[a];
        ref readonly var nb = ref _nodes[b];
        int result;
        if (na.Level == nb.Level) result = Unique(na.Level, Apply<TOperation>(na.Low, nb.Low), Apply<TOperation>(na.High, nb.High));
        else if (na.Level < nb.Level) result = Unique(na.Level, Apply<TOperation>(na.Low, b), Apply<TOperation>(na.High, b));
        else result = Unique(nb.Level, Apply<TOperation>(a, nb.Low), Apply<TOperation>(a, nb.High));
        return Cache(TOperation.Code, a, b, result);
    }

    private int NotRec(int a)
    {
        if (a <= True) return True - a;
        if (TryCached(OpNot, a, False, out int known)) return known;
        ref readonly var na = ref _nodes[a];
        return Cache(OpNot, a, False, Unique(na.Level, NotRec(na.Low), NotRec(na.High)));
    }

    private int ExistsRec(int f, int first, int last)
    {
        ref readonly var nf = ref _nodes[f];
        int level = nf.Level;
        if (level > last) return f;
        int key = (first << 16) ^ last;
        if (TryCached(OpExists, f, key, out int known)) return known;
        int low = ExistsRec(nf.Low, first, last);
        int high = ExistsRec(_nodes[f].High, first, last);
        int result = level >= first ? Apply<OrOperation>(low, high) : Unique(level, low, high);
        return Cache(OpExists, f, key, result);
    }

    private int ReplaceRec(int f, IReadOnlyList<int> map, Dictionary<int, int> memo)
    {
        if (IsTerminal(f)) return f;
        if (memo.TryGetValue(f, out int done)) return done;
        int low = ReplaceRec(_nodes[f].Low, map, memo);
        int high = ReplaceRec(_nodes[f].High, map, memo);
        int result = Ite(Variable(map[_nodes[f].Level]), high, low);
        memo[f] = result;
        return result;
    }

    private BigInteger SatCountRec(int f, Dictionary<int, BigInteger> memo)
    {
        if (f == False) return BigInteger.Zero;
        if (f == True) return BigInteger.One;
        if (memo.TryGetValue(f, out var known)) return known;
        var node = _nodes[f];
        var count = (SatCountRec(node.Low, memo) << (_nodes[node.Low].Level - node.Level - 1))
                  + (SatCountRec(node.High, memo) << (_nodes[node.High].Level - node.Level - 1));
        memo[f] = count;
        return count;
    }

    private static CacheEntry[] NewCache(int capacity)
    {
        var cache = new CacheEntry[capacity];
        cache.AsSpan().Fill(new CacheEntry { Op = -1 });
        return cache;
    }

    private void Grow()
    {
        int capacity = _nodes.Length * 2;
        Array.Resize(ref _nodes, capacity);
        _buckets = new int[capacity];
        Array.Fill(_buckets, -1);
        int mask = capacity - 1;
        for (int n = 2; n < _count; n++)
        {
            ref var node = ref _nodes[n];
            int bucket = Hash(node.Level, node.Low, node.High) & mask;
            node.Next = _buckets[bucket];
            _buckets[bucket] = n;
        }
        // A bigger cache keeps the hit rate as the diagram grows, up to MaxCacheEntries (past that it
        // would only add memory: 16 bytes a slot); the old entries stay valid (ids are stable), so they move over.
        int cacheSize = Math.Min(capacity, MaxCacheEntries);
        if (cacheSize > _cache.Length)
        {
            var old = _cache;
            _cache = NewCache(cacheSize);
            int cacheMask = cacheSize - 1;
            foreach (ref readonly var entry in old.AsSpan())
                if (entry.Op >= 0) _cache[CacheHash(entry.Op, entry.A, entry.B) & cacheMask] = entry;
        }
    }
}
