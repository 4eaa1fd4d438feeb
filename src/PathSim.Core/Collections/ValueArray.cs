using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace PathSim.Collections;

/// <summary>
/// An immutable array with structural equality, so topology records compare by content
/// (<see cref="ImmutableArray{T}"/> compares by reference, which would make every record unequal).
/// <c>default</c> behaves as empty.
/// </summary>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    public ValueArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    public static ValueArray<T> Empty => new([]);

    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    public int Count => _items.IsDefault ? 0 : _items.Length;
    public bool IsEmpty => Count == 0;
    public T this[int index] => AsImmutableArray()[index];

    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    public ValueArray<T> Add(T item) => new(AsImmutableArray().Add(item));
    public ValueArray<T> SetItem(int index, T item) => new(AsImmutableArray().SetItem(index, item));
    public ValueArray<T> RemoveAt(int index) => new(AsImmutableArray().RemoveAt(index));

    public bool Equals(ValueArray<T> other)
    {
        var a = AsImmutableArray();
        var b = other.AsImmutableArray();
        if (a.Length != b.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
            if (!comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray()) hash.Add(item);
        return hash.ToHashCode();
    }

    public static bool operator ==(ValueArray<T> a, ValueArray<T> b) => a.Equals(b);
    public static bool operator !=(ValueArray<T> a, ValueArray<T> b) => !a.Equals(b);

    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";
}

/// <summary>Factory methods for <see cref="ValueArray{T}"/> (and collection expressions).</summary>
public static class ValueArray
{
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new([.. items]);
}
