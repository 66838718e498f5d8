namespace PlanReports.Pdf.Writer;

/// <summary>
/// A list kept in fixed blocks of 1,024 items. A long document has tens of thousands of objects; a plain list of
/// them would be regrown into ever larger arrays on the large object heap, and each of those is only reclaimed by
/// a full collection. Blocks stay small (a cross-reference entry takes 24 bytes, so a block 24 KB, well under the
/// 85,000-byte threshold of the large object heap, which 4,096 of them would cross), are never copied, and go with
/// the ordinary young-generation collections.
/// </summary>
internal sealed class ChunkedList<T>
{
    private const int Shift = 10;
    private const int BlockSize = 1 << Shift;
    private const int Mask = BlockSize - 1;

    private readonly List<T[]> blocks = [];

    internal int Count { get; private set; }

    internal T this[int index]
    {
        get => blocks[index >> Shift][index & Mask];
        set => blocks[index >> Shift][index & Mask] = value;
    }

    internal void Add(T item)
    {
        if ((Count & Mask) == 0 && Count >> Shift == blocks.Count)
        {
            blocks.Add(new T[BlockSize]);
        }

        blocks[Count >> Shift][Count & Mask] = item;
        Count++;
    }
}
