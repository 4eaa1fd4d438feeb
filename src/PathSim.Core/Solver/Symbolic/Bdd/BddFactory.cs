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

    private const int OpAnd = 0, OpOr = 1, OpDiff = 2, OpXor = 3, OpNot = 4, OpExists = 5;

    // Invariant: for every internal node n, _level[n] < _level[_low[n]] and _level[n] < _level[_high[n]],
    // and _low[n] != _high[n]; terminals sit at level VariableCount.
    private int[] _level;
    private int[] _low;
    private int[] _high;
    private int[] _next;      // unique-table chain
    private int[] _buckets;   // unique-table heads, -1 = empty
    private int _count;

    private int[] _cacheA;
    private int[] _cacheB;
    private int[] _cacheOp;
    private int[] _cacheResult;

    public BddFactory(int variableCount, int initialCapacity = 1 << 14)
    {
        if (variableCount is < 1 or > 1 << 20) throw new ArgumentOutOfRangeException(nameof(variableCount));
        VariableCount = variableCount;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(initialCapacity, 16));
        _level = new int[capacity];
        _low = new int[capacity];
        _high = new int[capacity];
        _next = new int[capacity];
        _buckets = new int[capacity];
        Array.Fill(_buckets, -1);
        _cacheA = new int[capacity];
        _cacheB = new int[capacity];
        _cacheOp = new int[capacity];
        _cacheResult = new int[capacity];
        Array.Fill(_cacheOp, -1);
        for (int t = 0; t < 2; t++)
        {
            _level[t] = variableCount;
            _low[t] = t;
            _high[t] = t;
        }
        _count = 2;
    }

    public int VariableCount { get; }

    /// <summary>Nodes created so far, terminals included (a measure of memory, not of one function).</summary>
    public int NodeCount => _count;

    public int Level(int node) => _level[node];
    public int Low(int node) => _low[node];
    public int High(int node) => _high[node];
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
        if (_level[low] <= variable || _level[high] <= variable)
            throw new ArgumentException("children must lie below the variable in the order");
        int mask = _buckets.Length - 1;
        int bucket = Hash(variable, low, high) & mask;
        for (int n = _buckets[bucket]; n >= 0; n = _next[n])
            if (_level[n] == variable && _low[n] == low && _high[n] == high) return n;
        if (_count == _level.Length)
        {
            Grow();
            mask = _buckets.Length - 1;
            bucket = Hash(variable, low, high) & mask;
        }
        int id = _count++;
        _level[id] = variable;
        _low[id] = low;
        _high[id] = high;
        _next[id] = _buckets[bucket];
        _buckets[bucket] = id;
        return id;
    }

    public int And(int a, int b) => Apply(OpAnd, a, b);
    public int Or(int a, int b) => Apply(OpOr, a, b);

    /// <summary>a ∧ ¬b.</summary>
    public int Diff(int a, int b) => Apply(OpDiff, a, b);
    public int Xor(int a, int b) => Apply(OpXor, a, b);
    public int Not(int a) => Apply(OpNot, a, False);

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
        return SatCountRec(f, memo) << _level[f];
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
            stack.Push(_low[n]);
            stack.Push(_high[n]);
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
            if (_low[f] != False) f = _low[f];
            else
            {
                values[_level[f]] = true;
                f = _high[f];
            }
        }
        return values;
    }

    /// <summary>Evaluates f on one full assignment.</summary>
    public bool Evaluate(int f, Func<int, bool> value)
    {
        while (!IsTerminal(f)) f = value(_level[f]) ? _high[f] : _low[f];
        return f == True;
    }

    private int CheckVariable(int variable) =>
        variable >= 0 && variable < VariableCount ? variable : throw new ArgumentOutOfRangeException(nameof(variable));

    private static int Hash(int level, int low, int high) =>
        (int)(((uint)level * 12582917u) ^ ((uint)low * 4256249u) ^ ((uint)high * 741457u) ^ ((uint)high >> 7));

    private int Apply(int op, int a, int b)
    {
        switch (op)
        {
            case OpAnd:
                if (a == False || b == False) return False;
                if (a == True || a == b) return b;
                if (b == True) return a;
                if (a > b) (a, b) = (b, a);
                break;
            case OpOr:
                if (a == True || b == True) return True;
                if (a == False || a == b) return b;
                if (b == False) return a;
                if (a > b) (a, b) = (b, a);
                break;
            case OpDiff:
                if (a == False || b == True || a == b) return False;
                if (b == False) return a;
                if (a == True) return Apply(OpNot, b, False);
                break;
            case OpXor:
                if (a == b) return False;
                if (a == False) return b;
                if (b == False) return a;
                if (a > b) (a, b) = (b, a);
                break;
            case OpNot:
                if (a <= True) return True - a;
                break;
        }

        int slot = CacheSlot(op, a, b);
        if (_cacheOp[slot] == op && _cacheA[slot] == a && _cacheB[slot] == b) return _cacheResult[slot];

        int la = _level[a], lb = op == OpNot ? VariableCount : _level[b];
        int top = Math.Min(la, lb);
        int a0 = la == top ? _low[a] : a, a1 = la == top ? _high[a] : a;
        int b0 = lb == top ? _low[b] : b, b1 = lb == top ? _high[b] : b;
        int low = Apply(op, a0, b0);
        int high = Apply(op, a1, b1);
        int result = MakeNode(top, low, high);

        slot = CacheSlot(op, a, b);   // the cache may have grown meanwhile
        _cacheOp[slot] = op;
        _cacheA[slot] = a;
        _cacheB[slot] = b;
        _cacheResult[slot] = result;
        return result;
    }

    private int ExistsRec(int f, int first, int last)
    {
        int level = _level[f];
        if (level > last) return f;
        int key = (first << 16) ^ last;
        int slot = CacheSlot(OpExists, f, key);
        if (_cacheOp[slot] == OpExists && _cacheA[slot] == f && _cacheB[slot] == key) return _cacheResult[slot];

        int low = ExistsRec(_low[f], first, last);
        int high = ExistsRec(_high[f], first, last);
        int result = level >= first ? Or(low, high) : MakeNode(level, low, high);

        slot = CacheSlot(OpExists, f, key);
        _cacheOp[slot] = OpExists;
        _cacheA[slot] = f;
        _cacheB[slot] = key;
        _cacheResult[slot] = result;
        return result;
    }

    private int ReplaceRec(int f, IReadOnlyList<int> map, Dictionary<int, int> memo)
    {
        if (IsTerminal(f)) return f;
        if (memo.TryGetValue(f, out int done)) return done;
        int low = ReplaceRec(_low[f], map, memo);
        int high = ReplaceRec(_high[f], map, memo);
        int result = Ite(Variable(map[_level[f]]), high, low);
        memo[f] = result;
        return result;
    }

    private BigInteger SatCountRec(int f, Dictionary<int, BigInteger> memo)
    {
        if (f == False) return BigInteger.Zero;
        if (f == True) return BigInteger.One;
        if (memo.TryGetValue(f, out var known)) return known;
        int level = _level[f];
        int low = _low[f], high = _high[f];
        var count = (SatCountRec(low, memo) << (_level[low] - level - 1))
                  + (SatCountRec(high, memo) << (_level[high] - level - 1));
        memo[f] = count;
        return count;
    }

    private int CacheSlot(int op, int a, int b) =>
        (int)(((uint)a * 2654435761u) ^ ((uint)b * 40503u) ^ ((uint)op * 97u)) & (_cacheA.Length - 1);

    private void Grow()
    {
        int capacity = _level.Length * 2;
        Array.Resize(ref _level, capacity);
        Array.Resize(ref _low, capacity);
        Array.Resize(ref _high, capacity);
        Array.Resize(ref _next, capacity);
        _buckets = new int[capacity];
        Array.Fill(_buckets, -1);
        int mask = capacity - 1;
        for (int n = 2; n < _count; n++)
        {
            int bucket = Hash(_level[n], _low[n], _high[n]) & mask;
            _next[n] = _buckets[bucket];
            _buckets[bucket] = n;
        }
        // A bigger cache keeps the hit rate as the diagram grows; old entries are dropped (still correct).
        _cacheA = new int[capacity];
        _cacheB = new int[capacity];
        _cacheOp = new int[capacity];
        _cacheResult = new int[capacity];
        Array.Fill(_cacheOp, -1);
    }
}
